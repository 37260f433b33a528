// `prepkit check`: checks drafts (files, folders, stdin) and reports in the chosen format.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <set>

#include "cli/commands.h"
#include "core/check/check_files.h"
#include "core/io/file_io.h"
#include "core/report/report.h"

namespace prepkit::cli {
namespace {

struct CheckCommandOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string fail_on = "error";
  std::string min_severity = "suggestion";
  std::string stdin_name = "-";
  int jobs = 0;
};

// Expands folders to their *.md files; reads standard input (within the size limit); adds an
// error for each path that does not exist.
std::vector<DraftInput> collect_inputs(const CheckCommandOptions& options,
                                       std::vector<Diagnostic>* errors) {
  std::vector<DraftInput> inputs;
  std::set<std::string> seen;  // a file named twice, or also inside a folder named, is checked once
  auto add_file = [&](const std::string& file) {
    if (seen.insert(lexically_normal(file)).second) inputs.push_back({file, "", false});
  };
  for (const std::string& path : options.paths) {
    if (path == "-") {
      ReadResult read = read_stream(std::cin, options.stdin_name);
      if (read.error) {
        errors->push_back(*read.error);
      } else {
        inputs.push_back({options.stdin_name, std::move(read.text), true});
      }
    } else if (is_directory(path)) {
      for (const std::string& file : files_with_extension(path, ".md", true)) add_file(file);
    } else if (!path_exists(path)) {
      errors->push_back(error_at(path, 0, 0, "no such file or folder"));
    } else {
      add_file(path);
    }
  }
  return inputs;
}

std::unique_ptr<ReportWriter> report_writer(const std::string& format,
                                            const ReportOptions& options) {
  if (format == "line") return line_report_writer(std::cout, options);
  if (format == "json") return json_report_writer(std::cout, options);
  if (format == "sarif") return sarif_report_writer(std::cout, options);
  return text_report_writer(std::cout, options);
}

ReportOptions make_report_options(const AppContext& context, const CheckCommandOptions& options) {
  ReportOptions report_options;
  parse_severity(options.min_severity, &report_options.min_severity);
  report_options.color = context.color_stdout();
  return report_options;
}

bool has_findings_at(const FileReport& report, Severity gate) {
  for (const Diagnostic& d : report.diagnostics) {
    if (d.severity >= gate) return true;
  }
  return false;
}

int run_check(AppContext& context, const CheckCommandOptions& options) {
  if (!context.load()) return kExitError;
  std::vector<Diagnostic> input_errors;
  std::vector<DraftInput> inputs = collect_inputs(options, &input_errors);
  CheckOptions check_options = context.check_options();
  Severity gate = Severity::error;
  parse_severity(options.fail_on, &gate);
  std::unique_ptr<ReportWriter> writer =
      report_writer(options.format, make_report_options(context, options));
  bool unusable = false;
  auto not_checked = [&](const Diagnostic& error) {
    context.report(error);
    writer->unusable(error);
    unusable = true;
  };
  for (const Diagnostic& error : input_errors) not_checked(error);
  bool failing = false;
  auto sink = [&](FileReport&& report) {
    if (report.input_error) {
      not_checked(*report.input_error);
      return;
    }
    writer->file(report);
    failing = failing || has_findings_at(report, gate);
  };
  check_files(std::move(inputs), context.bank(), check_options, options.jobs, sink);
  writer->finish();
  if (unusable) return kExitError;
  return failing ? kExitFindings : kExitOk;
}

}  // namespace

void add_check_command(CLI::App& app, AppContext& context, int* exit_code) {
  auto options = std::make_shared<CheckCommandOptions>();
  CLI::App* check = app.add_subcommand("check", "Check drafts for what is missing");
  check->add_option("paths", options->paths, "Draft files, folders (every *.md inside) or - for stdin")
      ->required();
  check->add_option("--format", options->format, "text, line, json or sarif")
      ->check(CLI::IsMember({"text", "line", "json", "sarif"}));
  check->add_option("--fail-on", options->fail_on, "Exit 1 on findings at or above: error or warning")
      ->check(CLI::IsMember({"error", "warning"}));
  check->add_option("--min-severity", options->min_severity, "Show only findings at or above: suggestion, warning or error")
      ->check(CLI::IsMember({"suggestion", "warning", "error"}));
  check->add_option("--stdin-name", options->stdin_name, "Name of the draft read from stdin (its question id and shown path)")
      ->type_name("NAME");
  check->add_option("-j,--jobs", options->jobs, "Files checked at once (default: all cores)")
      ->check(CLI::Range(1, 1024));
  check->footer(R"(Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 unusable input (missing, unreadable, binary or not UTF-8) or bad options.

Examples:
  prepkit check drafts
  prepkit check --format line drafts/difficult-customer.md
  prepkit check --fail-on warning --min-severity warning drafts
  cat answer.md | prepkit check --stdin-name made-a-mistake.md -)");
  check->callback([&context, options, exit_code] { *exit_code = run_check(context, *options); });
}

}  // namespace prepkit::cli
