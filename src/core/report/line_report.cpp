// The `line` format: PATH:LINE:COL: SEVERITY: MESSAGE [RULE], one finding a line, for editors.
#include "core/report/report.h"

namespace prepkit {

void write_line_report(std::ostream& out, const std::vector<FileReport>& files,
                       const ReportOptions& options) {
  for (const FileReport& file : files) {
    for (const Diagnostic& d : shown_findings(file, options)) out << format_diagnostic(d) << '\n';
  }
}

}  // namespace prepkit
