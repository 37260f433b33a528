// `prepkit status`: how ready the drafts are, question by question, as a table or JSON.
#include <iostream>

#include "cli/commands.h"
#include "cli/draft_scan.h"
#include "core/report/status_report.h"

namespace prepkit::cli {
namespace {

struct StatusCommandOptions {
  std::string dir;
  std::string format = "text";
  std::string fail_on = "error";
  bool drafted = false;
  bool require_all = false;
  int jobs = 0;
};

int run_status(AppContext& context, const StatusCommandOptions& options) {
  if (!context.load()) return kExitError;
  StatusOptions status_options;
  parse_severity(options.fail_on, &status_options.fail_on);
  status_options.drafted_only = options.drafted;
  std::vector<const Question*> questions;
  for (const Question& q : context.bank().questions()) questions.push_back(&q);
  DraftScan scan;
  if (!scan_drafts(context, drafts_folder(context, options.dir), questions, status_options,
                   options.jobs, &scan)) {
    return kExitError;
  }
  if (options.format == "json")
    write_status_json(std::cout, scan.status);
  else
    write_status_text(std::cout, scan.status, context.color_stdout());
  if (scan.unusable) return kExitError;
  const StatusSummary& summary = scan.status.summary;
  bool failing = summary.failing > 0 || (options.require_all && summary.missing > 0);
  return failing ? kExitFindings : kExitOk;
}

}  // namespace

void add_status_command(CLI::App& app, AppContext& context, int* exit_code) {
  auto options = std::make_shared<StatusCommandOptions>();
  CLI::App* status =
      app.add_subcommand("status", "How ready you are: every question, its draft and its state");
  status
      ->add_option("dir", options->dir,
                   "Drafts folder (default: drafts: from .prepkit.yaml, else .)")
      ->type_name("DIR");
  status->add_option("--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  status
      ->add_option("--fail-on", options->fail_on,
                   "A draft with findings at or above this fails: error or warning")
      ->check(CLI::IsMember({"error", "warning"}));
  auto* drafted =
      status->add_flag("--drafted", options->drafted, "Only the questions that have a draft");
  status
      ->add_flag("--require-all", options->require_all, "Exit 1 also when a question has no draft")
      ->excludes(drafted);
  status->add_option("-j,--jobs", options->jobs, "Files checked at once (default: all cores)")
      ->check(CLI::Range(1, 1024));
  status->footer(R"(A question is 'missing' without a draft, 'failing' when its draft has findings
at or above --fail-on, else 'passing'. A draft belongs to the question named in its front
matter, else to the one its file name names; of several, the first by path is used.
Readiness is the share of questions passing, rounded down.

Exit codes: 0 no drafted question failing, 1 some failing (or, with --require-all, some
missing), 2 unusable input (a draft that cannot be read or parsed) or bad options.

Examples:
  prepkit status
  prepkit status drafts --drafted
  prepkit status --fail-on warning --require-all
  prepkit status --format json)");
  status->callback([&context, options, exit_code] { *exit_code = run_status(context, *options); });
}

}  // namespace prepkit::cli
