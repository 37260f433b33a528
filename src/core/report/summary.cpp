// Filtering by minimum severity, counting, and the JSON layout shared by the report formats.
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

std::string nested_json(const std::string& dump, int depth) {
  std::string indent(2 * static_cast<size_t>(depth), ' ');
  std::string nested;
  nested.reserve(dump.size() + dump.size() / 8);
  for (char c : dump) {
    nested += c;
    if (c == '\n') nested += indent;  // dump() escapes newlines inside strings
  }
  return nested;
}

}  // namespace prepkit
