// The json report's strings, escaped byte for byte as nlohmann-json's dump(2) writes them.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/report/report.h"

using namespace prepkit;

namespace {

std::string json_report(const std::vector<std::string>& messages, const std::string& path) {
  FileReport file;
  file.path = path;
  file.question = "q";
  for (const std::string& message : messages) {
    file.diagnostics.push_back(Diagnostic{path, 1, 2, Severity::warning, "rule", message});
  }
  std::ostringstream out;
  std::unique_ptr<ReportWriter> writer = json_report_writer(out, ReportOptions{});
  writer->file(file);
  writer->finish();
  return out.str();
}

}  // namespace

TEST_CASE("json report strings are escaped as nlohmann-json escapes them", "[json]") {
  std::vector<std::string> messages = {"",
                                       "plain text, long enough to be copied as one run of bytes",
                                       "\"quoted\" and back\\slash",
                                       "tab\there, new\nline, return\r, feed\f, back\b",
                                       std::string("nul \0 one \x01 unit \x1F del \x7F", 24),
                                       "\"", "\\", "\x01", "end\"",
                                       "caf\xC3\xA9 \xE2\x80\x94 dash",
                                       "bad \xFF byte after \"escapes\"\t"};
  std::string report = json_report(messages, "dir/\"odd\" name\t.md");
  nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(report, nullptr, true, false);
  CHECK(report == parsed.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  const nlohmann::ordered_json& diagnostics = parsed["files"][0]["diagnostics"];
  REQUIRE(diagnostics.size() == messages.size());
  for (size_t i = 0; i + 1 < messages.size(); ++i) CHECK(diagnostics[i]["message"] == messages[i]);
  CHECK(diagnostics.back()["message"] == "bad \xEF\xBF\xBD byte after \"escapes\"\t");
  CHECK(report.find("\"nul \\u0000 one \\u0001 unit \\u001f del \x7F\"") != std::string::npos);
  CHECK(report.find("\"tab\\there, new\\nline, return\\r, feed\\f, back\\b\"") != std::string::npos);
}
