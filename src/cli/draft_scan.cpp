// Draft scanning for `status` and `pack`: check the folder's drafts, report what cannot count.
#include "cli/draft_scan.h"

#include <fmt/format.h>

#include "core/check/check_files.h"
#include "core/io/file_io.h"

namespace prepkit::cli {

std::string drafts_folder(const AppContext& context, const std::string& given) {
  if (!given.empty()) return given;
  return context.config().drafts.empty() ? "." : context.config().drafts;
}

bool scan_drafts(const AppContext& context, const std::string& folder,
                 const std::vector<const Question*>& selection, const StatusOptions& options,
                 int jobs, DraftScan* scan) {
  if (!is_directory(folder)) {
    context.report(error_at(folder, 0, 0, path_exists(folder) ? "not a folder" : "no such folder"));
    return false;
  }
  CheckOptions check_options = context.check_options();
  std::vector<FileReport> usable;
  check_files(draft_inputs(folder), context.bank(), check_options, jobs, [&](FileReport&& report) {
    if (report.input_error) {
      context.report(*report.input_error);
      scan->unusable = true;
    } else {
      usable.push_back(std::move(report));
    }
  });
  scan->status = build_status(context.bank(), selection, usable, options);
  for (const Diagnostic& stray : scan->status.strays) context.report(stray);
  for (const QuestionStatus& q : scan->status.questions) {
    for (const std::string& other : q.other_files) {
      context.note(fmt::format("{}: note: another draft of '{}'; using {} (the first by path)",
                               other, q.question->id, q.file));
    }
  }
  return true;
}

}  // namespace prepkit::cli
