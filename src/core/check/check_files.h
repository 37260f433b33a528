// Checking many drafts at once, on several threads, with results handed on in path order.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/check/check_draft.h"

namespace prepkit {

struct DraftInput {
  std::string path;  // shown in findings
  std::string text;  // the content, when `loaded` (standard input)
  bool loaded = false;
};

// Receives each file's report in path order, one call at a time, on one of the threads that
// check (the calling thread among them).
using ReportSink = std::function<void(FileReport&& report)>;

// Reads (unless loaded) and checks each input on `jobs` threads (0: one per core), and hands
// each report to `sink` as soon as it and the reports before it in path order are done. Each
// file is read and parsed once and dropped after its report; only a few reports per thread
// wait at a time, so memory does not grow with the number of files.
void check_files(std::vector<DraftInput> inputs, const Bank& bank, const CheckOptions& options,
                 int jobs, const ReportSink& sink);

}  // namespace prepkit
