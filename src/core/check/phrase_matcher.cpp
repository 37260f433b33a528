// Phrase and number matching with compiled RE2 patterns cached across files and threads.
#include "core/check/phrase_matcher.h"

#include <re2/re2.h>

#include <map>
#include <mutex>
#include <sstream>

namespace prepkit {
namespace {

const char* kNumberPattern =
    R"((?i)([$£€]\s?\d[\d,.]*|\b\d[\d,.]*\s*(%|percent\b)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|)"
    R"(eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|)"
    R"(million|millions|half|dozen|dozens|double|doubled|triple|tripled|twice)\b))";

std::unique_ptr<RE2> compile(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(8 << 20);
  return std::make_unique<RE2>(pattern, options);
}

std::vector<Match> find_all(const RE2& re, const std::string& text) {
  std::vector<Match> matches;
  if (!re.ok()) return matches;
  re2::StringPiece input(text);
  re2::StringPiece match;
  size_t pos = 0;
  while (pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    size_t offset = static_cast<size_t>(match.data() - text.data());
    matches.push_back({offset, match.size()});
    pos = offset + std::max<size_t>(1, match.size());
  }
  return matches;
}

// The word as a literal, except that a straight apostrophe also matches a curly one.
std::string quote_word(const std::string& word) {
  std::string quoted;
  for (char c : word) quoted += c == '\'' ? std::string("(?:'|\u2019)") : RE2::QuoteMeta(std::string(1, c));
  return quoted;
}

// Without submatches RE2 stays in its DFA and stops at the first match.
bool contains(const RE2& re, const std::string& text) {
  return re.ok() && re.Match(re2::StringPiece(text), 0, text.size(), RE2::UNANCHORED, nullptr, 0);
}

std::string word_pattern(const std::string& phrase) {
  std::istringstream words(phrase);
  std::string pattern;
  for (std::string word; words >> word;) {
    bool open_ended = word.size() > 1 && word.back() == '*';
    if (open_ended) word.pop_back();
    if (!pattern.empty()) pattern += R"(\s+)";
    pattern += quote_word(word) + (open_ended ? R"(\w*)" : "");
  }
  return pattern;
}

bool has_word(const std::vector<std::string>& phrases) {
  for (const std::string& phrase : phrases) {
    if (!word_pattern(phrase).empty()) return true;
  }
  return false;
}

// The compiled pattern of a phrase list, or null when no phrase has a word; built once per list.
const RE2* phrases_regex(const std::vector<std::string>& phrases) {
  static std::mutex mutex;
  static std::map<std::vector<std::string>, std::unique_ptr<RE2>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto [it, inserted] = cache.try_emplace(phrases);
  if (inserted && has_word(phrases)) it->second = compile(phrase_pattern(phrases));
  return it->second.get();
}

}  // namespace

std::string phrase_pattern(const std::vector<std::string>& phrases) {
  std::string alternatives;
  for (const std::string& phrase : phrases) {
    std::string pattern = word_pattern(phrase);
    if (pattern.empty()) continue;
    if (!alternatives.empty()) alternatives += '|';
    alternatives += pattern;
  }
  return R"((?i)\b(?:)" + alternatives + R"()\b)";
}

std::vector<Match> find_phrases(const std::vector<std::string>& phrases, const std::string& text) {
  const RE2* re = phrases_regex(phrases);
  if (re == nullptr) return {};
  return find_all(*re, text);
}

bool contains_phrase(const std::vector<std::string>& phrases, const std::string& text) {
  const RE2* re = phrases_regex(phrases);
  return re != nullptr && contains(*re, text);
}

bool contains_number(const std::string& text) {
  static const std::unique_ptr<RE2> numbers = compile(kNumberPattern);
  return contains(*numbers, text);
}

}  // namespace prepkit
