// The cap on findings per file: past it, one last finding says how many were left out.
#pragma once

#include <cstddef>
#include <vector>

#include "core/diagnostic.h"

namespace prepkit {

inline constexpr std::size_t kMaxFindingsPerFile = 1000;
inline constexpr const char* kTooManyFindingsRule = "too-many-findings";

// Keeps the first kMaxFindingsPerFile of `findings` (already sorted by place) and replaces the
// rest with one finding at the place of the first one left out, with the highest severity
// among them, so that exit codes do not change.
void limit_findings(std::vector<Diagnostic>* findings);

}  // namespace prepkit
