// Check reports: one writer per output format, all over the same filtered results.
#pragma once

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
Summary summarize(const std::vector<FileReport>& files, const ReportOptions& options);

void write_text_report(std::ostream& out, const std::vector<FileReport>& files,
                       const ReportOptions& options);
void write_line_report(std::ostream& out, const std::vector<FileReport>& files,
                       const ReportOptions& options);
void write_json_report(std::ostream& out, const std::vector<FileReport>& files,
                       const ReportOptions& options);
void write_sarif_report(std::ostream& out, const std::vector<FileReport>& files,
                        const ReportOptions& options);

}  // namespace prepkit
