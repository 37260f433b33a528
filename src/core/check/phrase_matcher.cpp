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

const RE2& compiled(const std::string& pattern) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<RE2>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[pattern];
  if (!slot) {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(8 << 20);
    slot = std::make_unique<RE2>(pattern, options);
  }
  return *slot;
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
  bool any_word = false;
  for (const std::string& phrase : phrases) any_word = any_word || !word_pattern(phrase).empty();
  if (!any_word) return {};
  return find_all(compiled(phrase_pattern(phrases)), text);
}

std::vector<Match> find_numbers(const std::string& text) {
  return find_all(compiled(kNumberPattern), text);
}

}  // namespace prepkit
