// Filtering by minimum severity and counting, shared by every report format.
#include "core/report/report.h"

namespace prepkit {

std::vector<Diagnostic> shown_findings(const FileReport& file, const ReportOptions& options) {
  std::vector<Diagnostic> shown;
  for (const Diagnostic& d : file.diagnostics) {
    if (d.severity >= options.min_severity) shown.push_back(d);
  }
  return shown;
}

Summary summarize(const std::vector<FileReport>& files, const ReportOptions& options) {
  Summary summary;
  for (const FileReport& file : files) {
    ++summary.files;
    for (const Diagnostic& d : shown_findings(file, options)) {
      switch (d.severity) {
        case Severity::error: ++summary.errors; break;
        case Severity::warning: ++summary.warnings; break;
        case Severity::suggestion: ++summary.suggestions; break;
      }
    }
  }
  return summary;
}

}  // namespace prepkit
