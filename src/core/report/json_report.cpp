// The `json` format: {files: [{path, question, words, seconds, diagnostics}], summary}.
#include <nlohmann/json.hpp>

#include "core/report/report.h"

namespace prepkit {

void write_json_report(std::ostream& out, const std::vector<FileReport>& files,
                       const ReportOptions& options) {
  nlohmann::ordered_json json_files = nlohmann::ordered_json::array();
  for (const FileReport& file : files) {
    nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
    for (const Diagnostic& d : shown_findings(file, options)) {
      diagnostics.push_back({{"rule", d.rule},
                             {"severity", severity_name(d.severity)},
                             {"line", d.line},
                             {"column", d.column},
                             {"message", d.message}});
    }
    json_files.push_back({{"path", file.path},
                          {"question", file.question},
                          {"words", file.words},
                          {"seconds", file.seconds},
                          {"diagnostics", diagnostics}});
  }
  Summary s = summarize(files, options);
  nlohmann::ordered_json report = {
      {"files", json_files},
      {"summary", {{"files", s.files}, {"errors", s.errors}, {"warnings", s.warnings},
                   {"suggestions", s.suggestions}}}};
  out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace prepkit
