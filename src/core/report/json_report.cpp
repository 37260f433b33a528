// The `json` format: {files: [{path, question, words, seconds, diagnostics}], summary}, written
// file by file in the layout of nlohmann-json's dump(2).
#include <nlohmann/json.hpp>

#include "core/report/report.h"

namespace prepkit {
namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& json) {
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

Json file_json(const FileReport& file, const std::vector<Diagnostic>& shown) {
  Json diagnostics = Json::array();
  for (const Diagnostic& d : shown) {
    diagnostics.push_back({{"rule", d.rule},
                           {"severity", severity_name(d.severity)},
                           {"line", d.line},
                           {"column", d.column},
                           {"message", d.message}});
  }
  return {{"path", file.path},
          {"question", file.question},
          {"words", file.words},
          {"seconds", file.seconds},
          {"diagnostics", diagnostics}};
}

class JsonWriter : public ReportWriter {
 public:
  JsonWriter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}

  void file(const FileReport& file) override {
    std::vector<Diagnostic> shown = shown_findings(file, options_);
    out_ << (summary_.files == 0 ? "{\n  \"files\": [\n    " : ",\n    ")
         << nested_json(dump(file_json(file, shown)), 2);
    add_to_summary(shown, &summary_);
  }

  void finish() override {
    const Summary& s = summary_;
    Json summary = {{"files", s.files},
                    {"errors", s.errors},
                    {"warnings", s.warnings},
                    {"suggestions", s.suggestions}};
    out_ << (s.files == 0 ? "{\n  \"files\": []" : "\n  ]")
         << ",\n  \"summary\": " << nested_json(dump(summary), 1) << "\n}\n";
  }

 private:
  std::ostream& out_;
  ReportOptions options_;
  Summary summary_;
};

}  // namespace

std::unique_ptr<ReportWriter> json_report_writer(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<JsonWriter>(out, options);
}

}  // namespace prepkit
