// Case-insensitive whole-word matching of words and phrases from a bank, on RE2 (linear time).
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace re2 {
class RE2;
}

namespace prepkit {

struct Match {
  size_t offset = 0;
  size_t length = 0;
};

// "care team" matches "Care  team" across white space; a trailing '*' matches any ending
// ("complain*" matches "complaining").
std::string phrase_pattern(const std::vector<std::string>& phrases);

// Every match of the phrases in `text`, in order (compiled once per phrase list).
std::vector<Match> find_phrases(const std::vector<std::string>& phrases, const std::string& text);

// Figures: digits, percentages, money, and number words such as "two" or "half".
std::vector<Match> find_numbers(const std::string& text);

}  // namespace prepkit
