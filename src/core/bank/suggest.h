// "Did you mean": near matches of a misspelt name among known names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prepkit {

// Edit distance between two strings (insertions, deletions, substitutions), or limit + 1 as
// soon as it is known to be more than `limit`.
int edit_distance(std::string_view a, std::string_view b, int limit);

// The known names close to `name`, nearest first (at most `limit`).
std::vector<std::string> near_matches(std::string_view name,
                                      const std::vector<std::string>& known, size_t limit = 3);

// " (did you mean 'a' or 'b'?)" or "" when nothing is near.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& known);

}  // namespace prepkit
