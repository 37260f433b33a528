// The `line` format: PATH:LINE:COL: SEVERITY: MESSAGE [RULE], one finding a line, for editors.
#include "core/report/report.h"

namespace prepkit {
namespace {

class LineWriter : public ReportWriter {
 public:
  LineWriter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}
  void file(const FileReport& file) override {
    for (const Diagnostic& d : shown_findings(file, options_)) out_ << format_diagnostic(d) << '\n';
  }
  void finish() override {}

 private:
  std::ostream& out_;
  ReportOptions options_;
};

}  // namespace

std::unique_ptr<ReportWriter> line_report_writer(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<LineWriter>(out, options);
}

}  // namespace prepkit
