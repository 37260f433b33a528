// Fuzz target: a phrase list (one phrase a line), a line `=====`, then a text. The trie's
// matches must be those of the same phrases written as one RE2 pattern (the form phrase lists
// had before the trie), and contains() must agree with find_all().
#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "core/check/phrase_list.h"
#include "core/io/utf8.h"
#include "fuzz/fuzz_input.h"

using namespace prepkit;

namespace {

bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

const std::string kBetween = R"([\s\-]+)";
const std::string kApostrophe = R"((?:'|\x{2019}))";

// A word of a folded phrase as RE2 syntax: an apostrophe matches either kind, a '*' inside a
// word white space, a hyphen inside it what stands between words.
std::string quoted(const std::string& word) {
  bool stars_only = word.find_first_not_of('*') == std::string::npos;
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    bool inside = i > 0 && i + 1 < word.size();
    if (c == '\'') out += kApostrophe;
    else if (c == '*' && !stars_only) out += R"(\s*)";
    else if (c == '-' && inside) out += kBetween;
    else out += RE2::QuoteMeta(std::string(1, c));
  }
  return out;
}

std::string short_suffix(const std::string& word) {  // the short form written onto the word before
  if (word == "not") return "n" + kApostrophe + "t";
  if (word == "would" || word == "had") return kApostrophe + "d";
  if (word == "will") return kApostrophe + "ll";
  if (word == "am") return kApostrophe + "m";
  if (word == "are") return kApostrophe + "re";
  if (word == "have") return kApostrophe + "ve";
  return "";
}

std::string with_long_forms(const std::string& word) {
  size_t apostrophe = word.rfind('\'');
  if (apostrophe == std::string::npos || apostrophe == 0) return quoted(word);
  std::string stem = word.substr(0, apostrophe), suffix = word.substr(apostrophe + 1);
  if (suffix == "t" && stem.size() > 1 && stem.back() == 'n' && stem != "can" && stem != "won" && stem != "shan") {
    std::string base = stem.substr(0, stem.size() - 1);
    return quoted(base) + "(?:" + quoted("n't") + "|" + kBetween + "not)";
  }
  std::string longs = suffix == "d" ? "would|had" : suffix == "ll" ? "will" : suffix == "m" ? "am"
                    : suffix == "re" ? "are" : suffix == "ve" ? "have" : "";
  if (longs.empty() || !is_word(stem.back())) return quoted(word);
  return quoted(stem) + "(?:" + quoted("'" + suffix) + "|" + kBetween + "(?:" + longs + "))";
}

std::string phrase_regex(const std::string& phrase) {
  std::string folded = fold_case(phrase);
  for (size_t at; (at = folded.find("\u2019")) != std::string::npos;) folded.replace(at, 3, "'");
  std::istringstream words(folded);
  std::string pattern;
  bool word_end = false;
  for (std::string word; words >> word;) {
    bool open = word.size() > 1 && word.back() == '*';
    if (open) word.pop_back();
    std::string piece = open ? quoted(word) + R"(\w*)" : with_long_forms(word);
    std::string short_piece = open ? "" : short_suffix(word);
    bool first = pattern.empty();
    std::string boundary = first && is_word(word.front()) ? R"(\b)" : "";
    if (short_piece.empty()) pattern += (first ? boundary : kBetween) + piece;
    else if (first) pattern += "(?:" + boundary + piece + R"(|\b\w+)" + short_piece + ")";
    else pattern += "(?:" + kBetween + piece + "|" + short_piece + ")";
    word_end = open || is_word(word.back());
  }
  return word_end ? pattern + R"(\b)" : pattern;
}

// Whether a walk may run out of its budget (phrase_list.cpp): words that start with a hyphen
// or hold a '*', where runs of white space are tried at every length; a phrase over 1,000
// bytes; a long run of white space and hyphens, or of word characters, in the text. The trie
// then stops where RE2 goes on.
bool budget_may_end(const std::vector<std::string>& phrases, const std::string& text) {
  for (const std::string& phrase : phrases) {
    if (phrase.size() > 1000) return true;
    std::istringstream words(phrase);
    for (std::string word; words >> word;) {
      if (word[0] == '-' || word.find('*') < word.size() - 1) return true;
    }
  }
  size_t spaces = 0, word = 0;
  for (char c : text) {
    spaces = (c == ' ' || c == '-' || (c >= '\t' && c <= '\r')) ? spaces + 1 : 0;
    word = is_word(c) ? word + 1 : 0;
    if (spaces >= 256 || word >= 256) return true;
  }
  return false;
}

// Words with other spellings: short forms and the words they stand for.
int words_with_forms(const std::string& phrase) {
  std::istringstream words(fold_case(phrase));
  int count = 0;
  for (std::string word; words >> word;) {
    bool other = word.find('\'') != std::string::npos || word.find("\u2019") != std::string::npos ||
                 !short_suffix(word).empty();
    count += other ? 1 : 0;
  }
  return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return 0;
  auto [list, text] = fuzz::split_input(fuzz::as_text(data, size));
  if (find_invalid_utf8(list) || find_invalid_utf8(text)) return 0;  // drafts and banks are UTF-8
  std::vector<std::string> phrases;
  std::string alternatives;
  std::istringstream lines(list);
  bool comparable = true;
  for (std::string line; std::getline(lines, line) && phrases.size() < 64;) {
    phrases.push_back(line);
    comparable = comparable && words_with_forms(line) < 4;  // past 64 spellings: as written only
    std::string regex = phrase_regex(line);
    if (regex.empty()) continue;
    alternatives += (alternatives.empty() ? "" : "|") + regex;
  }
  std::string folded = fold_case(text);
  PhraseList trie(phrases);
  std::vector<Match> found = trie.find_all(folded);
  PREPKIT_FUZZ_REQUIRE(trie.contains(folded) == !found.empty());
  for (size_t i = 0; i < found.size(); ++i) {
    PREPKIT_FUZZ_REQUIRE(found[i].offset + found[i].length <= folded.size());
    PREPKIT_FUZZ_REQUIRE(i == 0 || found[i].offset >= found[i - 1].offset + found[i - 1].length);
  }
  if (!comparable || budget_may_end(phrases, folded)) return 0;
  if (alternatives.empty()) {
    PREPKIT_FUZZ_REQUIRE(found.empty());
    return 0;
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  RE2 re("(?:" + alternatives + ")", options);
  if (!re.ok()) return 0;  // too large for RE2: nothing to compare with
  std::vector<Match> expected;
  re2::StringPiece input(folded), match;
  for (size_t pos = 0; pos <= folded.size() && re.Match(input, pos, folded.size(), RE2::UNANCHORED, &match, 1);) {
    size_t offset = static_cast<size_t>(match.data() - folded.data());
    expected.push_back({offset, match.size()});
    pos = offset + std::max<size_t>(1, match.size());
  }
  PREPKIT_FUZZ_REQUIRE(found.size() == expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    PREPKIT_FUZZ_REQUIRE(found[i].offset == expected[i].offset && found[i].length == expected[i].length);
  }
  return 0;
}
