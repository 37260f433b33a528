// Near-match suggestions by edit distance, for unknown ids and misspelt keys.
#include "core/bank/suggest.h"

#include <algorithm>

namespace prepkit {

int edit_distance(std::string_view a, std::string_view b, int limit) {
  int gap = static_cast<int>(a.size()) - static_cast<int>(b.size());
  if (gap > limit || -gap > limit) return limit + 1;
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    int nearest = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      int above = row[j];
      int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
      nearest = std::min(nearest, row[j]);
    }
    if (nearest > limit) return limit + 1;  // no later row gets below its row's minimum
  }
  return std::min(row[b.size()], limit + 1);
}

std::vector<std::string> near_matches(std::string_view name, const std::vector<std::string>& known,
                                      size_t limit) {
  std::vector<std::pair<int, std::string>> scored;
  int allowed = std::max<int>(2, static_cast<int>(name.size()) / 3);
  for (const std::string& candidate : known) {
    int distance = edit_distance(name, candidate, allowed);
    bool contains = name.size() >= 3 && candidate.find(name) != std::string::npos;
    if (distance <= allowed || contains) scored.emplace_back(contains ? 0 : distance, candidate);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> result;
  for (const auto& [distance, candidate] : scored) {
    if (result.size() == limit) break;
    result.push_back(candidate);
  }
  return result;
}

std::string did_you_mean(std::string_view name, const std::vector<std::string>& known) {
  std::vector<std::string> matches = near_matches(name, known);
  if (matches.empty()) return "";
  std::string text = " (did you mean ";
  for (size_t i = 0; i < matches.size(); ++i) {
    if (i > 0) text += i + 1 == matches.size() ? " or " : ", ";
    text += "'" + matches[i] + "'";
  }
  return text + "?)";
}

}  // namespace prepkit
