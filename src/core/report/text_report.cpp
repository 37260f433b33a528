// The `text` format: findings grouped by file, aligned, coloured on a terminal, then a summary.
#include <fmt/format.h>

#include <algorithm>

#include "core/report/report.h"

namespace prepkit {
namespace {

std::string paint(const ReportOptions& options, std::string_view code, std::string_view text) {
  if (!options.color) return std::string(text);
  return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

std::string_view severity_color(Severity severity) {
  switch (severity) {
    case Severity::error: return "31";
    case Severity::warning: return "33";
    case Severity::suggestion: return "36";
  }
  return "0";
}

std::string plural(int count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

void write_file(std::ostream& out, const FileReport& file, const std::vector<Diagnostic>& shown,
                const ReportOptions& options) {
  out << paint(options, "1;4", file.path) << '\n';
  size_t place_width = 0;
  for (const Diagnostic& d : shown) {
    place_width = std::max(place_width, fmt::format("{}:{}", d.line, d.column).size());
  }
  for (const Diagnostic& d : shown) {
    std::string place = fmt::format("{}:{}", d.line, d.column);
    std::string severity = fmt::format("{:<11}", severity_name(d.severity));
    out << fmt::format("  {:<{}}  ", place, place_width) << paint(options, severity_color(d.severity), severity)
        << d.message << "  " << paint(options, "2", d.rule) << '\n';
  }
  out << '\n';
}

class TextWriter : public ReportWriter {
 public:
  TextWriter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}

  void file(const FileReport& file) override {
    std::vector<Diagnostic> shown = shown_findings(file, options_);
    if (!shown.empty()) write_file(out_, file, shown, options_);
    add_to_summary(shown, &summary_);
  }

  void finish() override {
    const Summary& s = summary_;
    int problems = s.errors + s.warnings + s.suggestions;
    std::string counts =
        fmt::format("{}, {}, {}", plural(s.errors, "error"), plural(s.warnings, "warning"),
                    plural(s.suggestions, "suggestion"));
    std::string line = problems == 0
                           ? fmt::format("{} checked: no problems", plural(s.files, "file"))
                           : fmt::format("{} checked: {}", plural(s.files, "file"), counts);
    if (unusable_ > 0) line += fmt::format(" ({} not checked: see the errors above)", plural(unusable_, "input"));
    out_ << paint(options_, problems == 0 && unusable_ == 0 ? "32" : "1", line) << '\n';
  }

  void unusable(const Diagnostic& /*error*/) override { ++unusable_; }

 private:
  std::ostream& out_;
  ReportOptions options_;
  Summary summary_;
  int unusable_ = 0;
};

}  // namespace

std::unique_ptr<ReportWriter> text_report_writer(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<TextWriter>(out, options);
}

}  // namespace prepkit
