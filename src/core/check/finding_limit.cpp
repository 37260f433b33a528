// The cap on findings per file.
#include "core/check/finding_limit.h"

#include <fmt/format.h>

#include <algorithm>

namespace prepkit {

void limit_findings(std::vector<Diagnostic>* findings) {
  if (findings->size() <= kMaxFindingsPerFile) return;
  const size_t left_out = findings->size() - kMaxFindingsPerFile;
  Diagnostic last = (*findings)[kMaxFindingsPerFile];
  for (size_t i = kMaxFindingsPerFile; i < findings->size(); ++i) {
    last.severity = std::max(last.severity, (*findings)[i].severity);
  }
  last.rule = kTooManyFindingsRule;
  last.message = fmt::format("{} more findings from here on are not shown (the limit is {} per file)",
                             left_out, kMaxFindingsPerFile);
  findings->resize(kMaxFindingsPerFile);
  findings->push_back(std::move(last));
}

}  // namespace prepkit
