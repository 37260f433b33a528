// Phrase lists compiled once and cached across files and threads; number matching on RE2; the
// clause and sentence around a match (negation, somebody else's view).
#include "core/check/phrase_matcher.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <mutex>

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

// Without submatches RE2 stays in its DFA and stops at the first match.
bool contains(const RE2& re, std::string_view text) {
  return re.ok() && re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, nullptr, 0);
}

}  // namespace

const PhraseList& compile_phrases(const std::vector<std::string>& phrases) {
  static std::mutex mutex;
  // Never destroyed: freeing every list's nodes at exit would only slow the exit.
  static auto* compiled = new std::map<std::vector<std::string>, std::unique_ptr<PhraseList>>();
  std::lock_guard<std::mutex> lock(mutex);
  auto [it, inserted] = compiled->try_emplace(phrases);
  if (inserted) it->second = std::make_unique<PhraseList>(phrases);
  return *it->second;
}

const PhraseList& phrases_of(const Check& check) {
  if (const PhraseList* known = check.compiled_any.get()) return *known;
  const PhraseList& list = compile_phrases(check.any);
  check.compiled_any.set(&list);
  return list;
}

std::vector<Match> find_phrases(const std::vector<std::string>& phrases, std::string_view folded) {
  return compile_phrases(phrases).find_all(folded);
}

bool contains_phrase(const std::vector<std::string>& phrases, std::string_view folded) {
  return compile_phrases(phrases).contains(folded);
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
  // "But", and "and" before a new subject, start a clause of their own: "The pay isn't great
  // and my manager micromanages", "I'm not unhappy but the pay is a joke".
  static const std::unique_ptr<RE2> new_clause = compile(
      R"(\b(but|and\s+(my|the|i|he|she|they|we|it|our|his|her|their|your|this|that|there))\b)");
  size_t start = part_start(folded, offset, ",;:.!?|", true);
  size_t end = std::min(offset, folded.size());
  re2::StringPiece clause(folded.data() + start, end - start), turn;
  for (size_t at = 0; new_clause->Match(clause, at, clause.size(), RE2::UNANCHORED, &turn, 1);) {
    at = static_cast<size_t>(turn.data() + turn.size() - clause.data());
    start = static_cast<size_t>(turn.data() + turn.size() - folded.data());
  }
  return contains(*negation, folded.substr(start, end - start));
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
  auto ask = [](std::string_view first) {
    re2::StringPiece piece(first.data(), std::min<size_t>(first.size(), 4));  // one character at most
    return letter_or_digit->ok() && RE2::PartialMatch(piece, *letter_or_digit);
  };
  // RE2's answer for a character is kept, per thread, in a small table that each character's
  // bytes pick a place in: prose repeats a few characters (’ “ ” — é) thousands of times.
  auto lead = static_cast<unsigned char>(text.empty() ? 0 : text[0]);
  size_t length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (text.size() < length) return ask(text);
  uint32_t bytes = 0;
  std::memcpy(&bytes, text.data(), length);
  uint64_t key = (uint64_t{bytes} << 8 | length) << 2 | 2;  // bit 1: known; bit 0: the answer
  thread_local std::array<uint64_t, 1024> known{};
  uint64_t& entry = known[(bytes * 0x9E3779B1u) >> 22];
  if ((entry & ~uint64_t{1}) != key) entry = key | (ask(text) ? 1 : 0);
  return (entry & 1) != 0;
}

bool contains_number(std::string_view text) {
  static const std::unique_ptr<RE2> numbers = compile(kNumberPattern);
  return contains(*numbers, text);
}

}  // namespace prepkit
