// Near-match suggestions by edit distance, for unknown ids and misspelt keys.
#include "core/bank/suggest.h"

#include <algorithm>
#include <array>

namespace prepkit {

// One row of the table at a time. Only cells within `limit` of the diagonal can hold a distance
// up to `limit`, so each row is computed over that band alone, the cells just beside it counting
// as limit + 1: every result up to the limit stays exact and the work is a band, not a square.
int edit_distance(std::string_view a, std::string_view b, int limit) {
  const int over = limit + 1;
  int gap = static_cast<int>(a.size()) - static_cast<int>(b.size());
  if (gap > limit || -gap > limit) return over;
  int stack_row[64];  // names are short: no allocation for them
  std::vector<int> heap_row(b.size() < 64 ? 0 : b.size() + 1);
  int* row = b.size() < 64 ? stack_row : heap_row.data();
  const int columns = static_cast<int>(b.size());
  for (int j = 0; j <= std::min(columns, limit); ++j) row[j] = j;
  for (int i = 1; i <= static_cast<int>(a.size()); ++i) {
    int first = std::max(1, i - limit);
    int last = std::min(columns, i + limit);
    if (i + limit <= columns) row[last] = over;  // above the band's new cell: outside the last band
    int diagonal = row[first - 1];
    row[first - 1] = first == 1 ? i : over;
    int nearest = row[first - 1];
    for (int j = first; j <= last; ++j) {
      int above = row[j];
      int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
      nearest = std::min(nearest, row[j]);
    }
    if (nearest > limit) return over;  // no later row gets below its row's minimum
  }
  return std::min(row[columns], over);
}

namespace {

// A lower bound on the edit distance that is cheap beside the table: every byte of one string
// without a counterpart in the other needs an edit of its own. `counts` holds the bytes of `a`
// and is left as it was found.
int unmatched_bytes(std::array<int, 256>& counts, std::string_view a, std::string_view b) {
  int matched = 0;
  for (char c : b) matched += counts[static_cast<unsigned char>(c)]-- > 0 ? 1 : 0;
  for (char c : b) ++counts[static_cast<unsigned char>(c)];
  return static_cast<int>(std::max(a.size(), b.size())) - matched;
}

}  // namespace

std::vector<std::string> near_matches(std::string_view name, const std::vector<std::string>& known,
                                      size_t limit) {
  std::vector<std::pair<int, std::string>> scored;
  int allowed = std::max<int>(2, static_cast<int>(name.size()) / 3);
  std::array<int, 256> counts{};
  for (char c : name) ++counts[static_cast<unsigned char>(c)];
  for (const std::string& candidate : known) {
    // Most names are not near: the lengths, then the bytes rule them out before the table.
    size_t shorter = std::min(name.size(), candidate.size());
    bool near = std::max(name.size(), candidate.size()) - shorter <= static_cast<size_t>(allowed) &&
                unmatched_bytes(counts, name, candidate) <= allowed;
    int distance = near ? edit_distance(name, candidate, allowed) : allowed + 1;
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
