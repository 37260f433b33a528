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

void add_to_summary(const std::vector<Diagnostic>& shown, Summary* summary) {
  ++summary->files;
  for (const Diagnostic& d : shown) {
    switch (d.severity) {
      case Severity::error:
        ++summary->errors;
        break;
      case Severity::warning:
        ++summary->warnings;
        break;
      case Severity::suggestion:
        ++summary->suggestions;
        break;
    }
  }
}

}  // namespace prepkit
