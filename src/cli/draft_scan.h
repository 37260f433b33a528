// Finding, checking and matching the drafts of a folder: what `status` and `pack` share.
#pragma once

#include <string>
#include <vector>

#include "cli/app_context.h"
#include "core/status/status.h"

namespace prepkit::cli {

struct DraftScan {
  StatusReport status;
  bool unusable = false;  // some draft could not be checked (already reported)
};

// DIR as given, else `drafts:` of .prepkit.yaml, else ".".
std::string drafts_folder(const AppContext& context, const std::string& given);

// Checks every *.md under `folder` on `jobs` threads and matches the drafts to `selection`.
// Reports unusable drafts (errors), drafts of unknown questions (warnings) and questions with
// several drafts (notes). False, reported, when `folder` is not a folder.
bool scan_drafts(const AppContext& context, const std::string& folder,
                 const std::vector<const Question*>& selection, const StatusOptions& options,
                 int jobs, DraftScan* scan);

}  // namespace prepkit::cli
