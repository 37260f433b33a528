// Phrase and number matching with compiled RE2 patterns cached across files and threads, and
// the clause and sentence around a match (negation, somebody else's view).
#include "core/check/phrase_matcher.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <sstream>

namespace prepkit {
namespace {

const char* kNumberPattern =
    R"((?i)([$£€]\s?\d[\d,.]*|\b\d[\d,.]*\s*(%|percent\b)?|\b(two|three|four|five|six|seven|eight|nine|ten|)"
    R"(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|)"
    R"(forty|fifty|sixty|seventy|eighty|ninety|twenties|thirties|forties|fifties|sixties|seventies|)"
    R"(eighties|nineties|hundred|hundreds|thousand|thousands|million|millions|billion|billions|zero|)"
    R"(half|halved|dozen|dozens|decade|decades|double|doubled|triple|tripled|quadrupled|twice|tenfold|twofold|)"
    R"(threefold|fivefold)\b|\b(a|one|two|three)[\s-]+(third|thirds|quarter|quarters)\b))";

std::unique_ptr<RE2> compile(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(8 << 20);
  return std::make_unique<RE2>(pattern, options);
}

std::vector<Match> find_all(const RE2& re, std::string_view text) {
  std::vector<Match> matches;
  if (!re.ok()) return matches;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t pos = 0;
  while (pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    size_t offset = static_cast<size_t>(match.data() - text.data());
    matches.push_back({offset, match.size()});
    pos = offset + std::max<size_t>(1, match.size());
  }
  return matches;
}

// The pattern of a list in which no phrase has a word.
constexpr const char* kNoPhrase = "(?:)";

char fold_ascii(char c) {
  return static_cast<unsigned char>(c - 'A') < 26 ? static_cast<char>(c | 0x20) : c;
}

bool is_ascii_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// What separates the words of a phrase in the text: white space or a hyphen, so that
// "super user" finds "super-user" and "on-call" finds "on call".
constexpr const char* kBetweenWords = R"([\s\-]+)";

// The word as a literal, except that a straight apostrophe also matches a curly one and a
// hyphen inside it matches white space too. An ASCII word is folded like the text; a word
// with other letters keeps RE2's case folding.
std::string quote_word(const std::string& word) {
  bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; });
  bool stars_only = word.find_first_not_of('*') == std::string::npos;
  std::string quoted;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    bool inside = i > 0 && i + 1 < word.size();
    if (c == '\'') quoted += "(?:'|\u2019)";
    else if (c == '*' && !stars_only) quoted += R"(\s*)";  // the text's '*' are blanked: f*ck finds f*ck
    else if (c == '-' && inside) quoted += kBetweenWords;
    else quoted += RE2::QuoteMeta(std::string(1, ascii ? fold_ascii(c) : c));
  }
  return ascii ? quoted : "(?i:" + quoted + ")";
}

// A word's short form, written onto the word before it: "would" is "'d" in "I'd", "not" is
// "n't" in "didn't". Empty when it has none.
std::string short_form(const std::string& word) {
  static const std::map<std::string, std::string> kShortForms = {
      {"would", "d"}, {"had", "d"}, {"will", "ll"}, {"am", "m"}, {"are", "re"}, {"have", "ve"}};
  std::string folded = word;
  for (char& c : folded) c = fold_ascii(c);
  if (folded == "not") return R"(n(?:'|\x{2019})t)";
  auto it = kShortForms.find(folded);
  return it == kShortForms.end() ? "" : R"((?:'|\x{2019}))" + it->second;
}

// A word written in its short form ("I'd", "didn't") also matches its long forms ("I would",
// "I had", "did not"); other words are as quote_word makes them.
std::string quote_with_long_forms(const std::string& word) {
  static const std::map<std::string, std::string> kLongForms = {
      {"d", "would|had"}, {"ll", "will"}, {"m", "am"}, {"re", "are"}, {"ve", "have"}};
  size_t apostrophe = word.find_last_of("'");
  if (apostrophe == std::string::npos || apostrophe == 0) return quote_word(word);
  std::string stem = word.substr(0, apostrophe);
  std::string suffix = word.substr(apostrophe + 1);
  for (char& c : suffix) c = fold_ascii(c);
  if (suffix == "t" && stem.size() > 1 && (stem.back() == 'n' || stem.back() == 'N')) {
    std::string base = stem.substr(0, stem.size() - 1);
    std::string folded_base = base;
    for (char& c : folded_base) c = fold_ascii(c);
    if (folded_base == "ca" || folded_base == "wo" || folded_base == "sha") return quote_word(word);  // can't, won't, shan't
    return quote_word(base) + "(?:" + quote_word("n't") + "|" + kBetweenWords + "not)";
  }
  auto it = kLongForms.find(suffix);
  if (it == kLongForms.end() || !is_ascii_word_byte(stem.back())) return quote_word(word);
  return quote_word(stem) + "(?:" + quote_word("'" + suffix) + "|" + kBetweenWords + "(?:" + it->second + "))";
}

// Without submatches RE2 stays in its DFA and stops at the first match.
bool contains(const RE2& re, std::string_view text) {
  return re.ok() && re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, nullptr, 0);
}

// The phrase's words with white space or hyphens between, and a word boundary at each end
// that is a letter, digit or '_' of ASCII (RE2's \b knows no other): "nurse" is not found in
// "nurses", while "a.m." is found before a space and "(x" after one. A word with a short form
// also matches it ("would be happy" finds "I'd be happy", "did not" finds "didn't"), and a
// short form its long ones ("I'd like" finds "I would like").
std::string word_pattern(const std::string& phrase) {
  std::istringstream words(phrase);
  std::string pattern;
  bool word_end = false;
  for (std::string word; words >> word;) {
    bool open_ended = word.size() > 1 && word.back() == '*';
    if (open_ended) word.pop_back();
    std::string piece = open_ended ? quote_word(word) + R"(\w*)" : quote_with_long_forms(word);
    std::string short_piece = open_ended ? "" : short_form(word);
    bool first = pattern.empty();
    std::string boundary = first && is_ascii_word_byte(word.front()) ? R"(\b)" : "";
    if (short_piece.empty()) pattern += (first ? boundary : kBetweenWords) + piece;
    else if (first) pattern += "(?:" + boundary + piece + R"(|\b\w+)" + short_piece + ")";  // "isn't", whole
    else pattern += std::string("(?:") + kBetweenWords + piece + "|" + short_piece + ")";
    word_end = open_ended || is_ascii_word_byte(word.back());
  }
  return word_end ? pattern + R"(\b)" : pattern;
}


}  // namespace

std::string fold_case(const std::string& text) {
  std::string lower(text);
  for (char& c : lower) c = fold_ascii(c);  // branch-free: the compiler vectorizes it
  return lower;
}

std::string phrase_pattern(const std::vector<std::string>& phrases) {
  std::string alternatives;
  for (const std::string& phrase : phrases) {
    std::string pattern = word_pattern(phrase);
    if (pattern.empty()) continue;
    if (!alternatives.empty()) alternatives += '|';
    alternatives += pattern;
  }
  return "(?:" + alternatives + ")";  // kNoPhrase when no phrase has a word
}

class PhraseList {
 public:
  explicit PhraseList(std::unique_ptr<RE2> re) : re_(std::move(re)) {}
  const RE2* re() const { return re_.get(); }  // null when no phrase has a word

 private:
  std::unique_ptr<RE2> re_;
};

const PhraseList& compile_phrases(const std::vector<std::string>& phrases) {
  static std::mutex mutex;
  // Never destroyed: freeing every list's DFA at exit costs more than a run's last file.
  static auto* compiled = new std::map<std::vector<std::string>, std::unique_ptr<PhraseList>>();
  std::lock_guard<std::mutex> lock(mutex);
  auto [it, inserted] = compiled->try_emplace(phrases);
  if (inserted) {
    std::string pattern = phrase_pattern(phrases);
    it->second = std::make_unique<PhraseList>(pattern == kNoPhrase ? nullptr : compile(pattern));
  }
  return *it->second;
}

const PhraseList& phrases_of(const Check& check) {
  if (const PhraseList* known = check.compiled_any.get()) return *known;
  const PhraseList& list = compile_phrases(check.any);
  check.compiled_any.set(&list);
  return list;
}

std::vector<Match> find_phrases(const PhraseList& phrases, std::string_view folded) {
  return phrases.re() == nullptr ? std::vector<Match>{} : find_all(*phrases.re(), folded);
}

std::vector<Match> find_phrases(const std::vector<std::string>& phrases, std::string_view folded) {
  return find_phrases(compile_phrases(phrases), folded);
}

bool contains_phrase(const PhraseList& phrases, std::string_view folded) {
  return phrases.re() != nullptr && contains(*phrases.re(), folded);
}

bool contains_phrase(const std::vector<std::string>& phrases, std::string_view folded) {
  return contains_phrase(compile_phrases(phrases), folded);
}

namespace {

// How far a clause or a sentence is looked for around a match: no sentence of a draft is
// longer, and a long line of commas stays linear.
constexpr size_t kMostSentenceBytes = 400;

// Where the part (clause or sentence) holding `offset` starts: after the last of `ends`, a
// blank line or (with `dashes`) a dash before it, at most kMostSentenceBytes back.
size_t part_start(std::string_view folded, size_t offset, std::string_view ends, bool dashes) {
  offset = std::min(offset, folded.size());
  size_t window = offset > kMostSentenceBytes ? offset - kMostSentenceBytes : 0;
  std::string_view before = folded.substr(window, offset - window);
  size_t start = 0;
  auto later = [&](size_t found, size_t length) {
    if (found != std::string_view::npos) start = std::max(start, found + length);
  };
  later(before.find_last_of(ends), 1);
  later(before.rfind("\n\n"), 2);
  if (dashes) {
    later(before.rfind(" - "), 3);
    later(before.rfind("\u2014"), 3);  // em dash
    later(before.rfind("\u2013"), 3);  // en dash
  }
  return window + start;
}

// Where the part that goes on from `from` ends: at the first of `ends` or a blank line, at
// most kMostSentenceBytes on.
size_t part_end(std::string_view folded, size_t from, std::string_view ends) {
  from = std::min(from, folded.size());
  std::string_view after = folded.substr(from, kMostSentenceBytes);
  return from + std::min({after.find_first_of(ends), after.find("\n\n"), after.size()});
}

}  // namespace

bool negated_before(std::string_view folded, size_t offset) {
  static const std::unique_ptr<RE2> negation = compile(
      R"(\b(not|never|no|none|nobody|nothing|neither|nor|without|hardly|cannot|\w+n['’]t|unfair\s+to|wrong\s+to|)"
      R"(rather\s+than|instead\s+of)\b)");
  size_t start = part_start(folded, offset, ",;:.!?|", true);
  return contains(*negation, folded.substr(start, std::min(offset, folded.size()) - start));
}

bool set_aside(std::string_view folded, size_t offset, size_t length) {
  static const std::unique_ptr<RE2> others_view = compile(
      R"(\b(says|told me|tell me|tells me|told us|tell us|tells us|said to me|says to me|warned me|warned us|)"
      R"(called me|calls me|call me|jokes that|joked that|used to say|)"
      R"((people|they|others|everyone|everybody|someone|somebody|many|friends?|family|)"
      R"(colleagues?|co-?workers?|nurses?|doctors?|managers?|boss|supervisors?|leads?|directors?|matron|sister|)"
      R"(staff|mum|dad|mother|father|parents|partner|wife|husband|he|she))"
      R"((\s+\w+){0,3}\s+(say|said|think|thought|assume|assumed|believe|believed|claim|claimed|)"
      R"(joke|joked|felt|feel|feels|complain|complained|complains|reckon|reckoned|called|warned|told|)"
      R"(want|wanted|wants)|)"
      R"(would\s+be\s+easy\s+to|it['’]s\s+easy\s+to|it\s+is\s+easy\s+to|easy\s+to\s+say|tempting\s+to|)"
      R"(the\s+(easy|obvious|usual|safe|stock)\s+answer|the\s+clich(e|é)|)"
      R"(i['’]d\s+love\s+to\s+say|i\s+would\s+love\s+to\s+say|you\s+might\s+expect|)"
      R"(could\s+have\s+(blamed|said|claimed|argued)|could\s+easily\s+have|i\s+could\s+(blame|say|claim|argue)))"
      R"(\b)");
  static const std::unique_ptr<RE2> turn = compile(R"(\b(but|however|so\s+i|so\s+we)\b)");
  // The view is looked for since the last sentence end, ';' or line end (a list item is a
  // line of its own); the turn up to the next sentence or line end ("...; however, ...").
  offset = std::min(offset, folded.size());
  size_t end = std::min(offset + length, folded.size());
  size_t start = part_start(folded, offset, ".!?;\n", false);
  size_t stop = part_end(folded, end, ".!?\n");
  return contains(*others_view, folded.substr(start, offset - start)) &&
         contains(*turn, folded.substr(end, stop - end));
}

bool starts_with_letter_or_digit(std::string_view text) {
  static const std::unique_ptr<RE2> letter_or_digit = compile(R"(^[\p{L}\p{N}])");
  re2::StringPiece first(text.data(), std::min<size_t>(text.size(), 4));  // one character at most
  return letter_or_digit->ok() && RE2::PartialMatch(first, *letter_or_digit);
}

bool contains_number(std::string_view text) {
  static const std::unique_ptr<RE2> numbers = compile(kNumberPattern);
  return contains(*numbers, text);
}

}  // namespace prepkit
