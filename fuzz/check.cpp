// Fuzz target: `prepkit check` of one draft against the built-in bank, then every report format.
// Input: one byte choosing the question a draft without front matter is checked against (its
// file name), then the draft. Front matter `question:` overrides the choice, as for the CLI.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>

#include "core/check/check_draft.h"
#include "core/check/finding_limit.h"
#include "core/io/file_io.h"
#include "core/report/report.h"
#include "fuzz/fuzz_input.h"

using namespace prepkit;

namespace {

void write_with(std::unique_ptr<ReportWriter> writer, const FileReport& report) {
  writer->file(report);
  writer->finish();
}

void write_reports(const FileReport& report) {
  std::ostringstream out;
  ReportOptions options;
  write_with(text_report_writer(out, options), report);
  write_with(line_report_writer(out, options), report);
  write_with(json_report_writer(out, options), report);
  write_with(sarif_report_writer(out, options), report);
  options.color = true;
  options.min_severity = Severity::warning;
  write_with(text_report_writer(out, options), report);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Bank bank = load_bank(BankSources{}).bank;
  if (size == 0 || size - 1 > kMaxInputBytes) return 0;  // read_file refuses larger drafts
  const std::string id = bank.ids()[data[0] % bank.ids().size()];
  const std::string path = "drafts/" + id + ".md";
  // The CLI keeps one template cache for all files of a run; here one for 256 inputs, so that
  // variables from fuzzed front matter do not grow it without end. Results never depend on it.
  static std::unique_ptr<TemplateCache> templates;
  static int uses = 0;
  if (uses++ % 256 == 0) templates = std::make_unique<TemplateCache>(bank);
  FileReport report = check_text(path, fuzz::as_text(data + 1, size - 1), id_from_path(path), bank,
                                 *templates, CheckOptions{});
  if (report.input_error) {
    PREPKIT_FUZZ_REQUIRE(report.diagnostics.empty() && report.input_error->path == path);
    return 0;
  }
  PREPKIT_FUZZ_REQUIRE(report.diagnostics.size() <= kMaxFindingsPerFile + 1);
  int line = 0, column = 0;
  for (const Diagnostic& d : report.diagnostics) {
    PREPKIT_FUZZ_REQUIRE(d.path == path && !d.rule.empty() && d.line >= 1 && d.column >= 1);
    PREPKIT_FUZZ_REQUIRE(d.line > line || (d.line == line && d.column >= column));  // sorted by place
    line = d.line;
    column = d.column;
  }
  PREPKIT_FUZZ_REQUIRE(report.words >= 0 && report.seconds >= 0);
  PREPKIT_FUZZ_REQUIRE(report.checklist_done <= report.checklist_total);
  write_reports(report);
  return 0;
}
