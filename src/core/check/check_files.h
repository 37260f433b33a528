// Checking many drafts at once, on several threads, with results in path order.
#pragma once

#include <string>
#include <vector>

#include "core/check/check_draft.h"

namespace prepkit {

struct DraftInput {
  std::string path;  // shown in findings
  std::string text;  // the content, when `loaded` (standard input)
  bool loaded = false;
};

// Reads (unless loaded) and checks each input; `jobs` threads, 0 for one per core. Each file
// is read and parsed once and dropped after its report. Reports come sorted by path.
std::vector<FileReport> check_files(const std::vector<DraftInput>& inputs, const Bank& bank,
                                    const CheckOptions& options, int jobs);

}  // namespace prepkit
