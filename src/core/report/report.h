// Check reports: one writer per output format, fed file by file in path order.
#pragma once

#include <memory>
#include <ostream>
#include <vector>

#include "core/check/check_draft.h"

namespace prepkit {

struct ReportOptions {
  Severity min_severity = Severity::suggestion;  // findings below it are not shown or counted
  bool color = false;                            // ANSI colours (text format only)
};

struct Summary {
  int files = 0;
  int errors = 0;
  int warnings = 0;
  int suggestions = 0;
};

// The findings of a file at or above the minimum severity.
std::vector<Diagnostic> shown_findings(const FileReport& file, const ReportOptions& options);
// Counts a file and the findings shown for it.
void add_to_summary(const std::vector<Diagnostic>& shown, Summary* summary);

// Writes a report as files come: each file once, in path order, then finish(). Writers keep
// only what their format needs until the end (the summary; sarif, its results).
class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual void file(const FileReport& file) = 0;
  // An input that could not be checked (its error goes to standard error): counted by the
  // formats that end with a summary line.
  virtual void unusable(const Diagnostic& error) { (void)error; }
  virtual void finish() = 0;
};

std::unique_ptr<ReportWriter> text_report_writer(std::ostream& out, const ReportOptions& options);
std::unique_ptr<ReportWriter> line_report_writer(std::ostream& out, const ReportOptions& options);
std::unique_ptr<ReportWriter> json_report_writer(std::ostream& out, const ReportOptions& options);
std::unique_ptr<ReportWriter> sarif_report_writer(std::ostream& out, const ReportOptions& options);

}  // namespace prepkit
