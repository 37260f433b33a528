// The `sarif` format: SARIF 2.1.0 for code-scanning tools; suggestions become level "note".
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>

#include "core/check/finding_limit.h"
#include "core/report/report.h"
#include "core/rules/rule.h"

namespace prepkit {
namespace {

using Json = nlohmann::ordered_json;

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::suggestion: return "note";
  }
  return "note";
}

// A relative URI reference for a path: unreserved bytes and '/' stay, the rest is %XX.
std::string uri_reference(const std::string& path) {
  std::string uri;
  for (unsigned char c : path) {
    bool keep = std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    uri += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return uri;
}

Json rule_descriptor(const std::string& id) {
  const Rule* rule = find_rule(id);
  std::string text = rule ? std::string(rule->summary) : fmt::format("question-specific check '{}'", id);
  if (id == kTooManyFindingsRule) text = "more findings in one file than are shown";
  return {{"id", id}, {"shortDescription", {{"text", text}}}};
}

Json result_of(const Diagnostic& d, int rule_index) {
  Json region = {{"startLine", std::max(1, d.line)}, {"startColumn", std::max(1, d.column)}};
  return {{"ruleId", d.rule},
          {"ruleIndex", rule_index},
          {"level", sarif_level(d.severity)},
          {"message", {{"text", d.message}}},
          {"locations",
           Json::array({{{"physicalLocation",
                          {{"artifactLocation", {{"uri", uri_reference(d.path)}}},
                           {"region", region}}}}})}};
}

// nlohmann-json's dump(2) of a value that sits `depth` levels deep in a larger document:
// every line but the first indented by 2 * depth spaces.
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

std::string dump(const Json& json) {
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

// SARIF lists the rules before the results, so the results wait, as text, for the end.
class SarifWriter : public ReportWriter {
 public:
  SarifWriter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}

  void file(const FileReport& file) override {
    for (const Diagnostic& d : shown_findings(file, options_)) {
      auto [it, added] = rule_index_.emplace(d.rule, static_cast<int>(rule_index_.size()));
      if (added) rules_.push_back(rule_descriptor(d.rule));
      results_ += (results_.empty() ? "        " : ",\n        ") +
                  nested_json(dump(result_of(d, it->second)), 4);
    }
  }

  void finish() override {
    Json tool = {
        {"driver", {{"name", "prepkit"}, {"version", PREPKIT_VERSION}, {"rules", rules_}}}};
    out_ << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
         << "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": "
         << nested_json(dump(tool), 3)
         << ",\n      \"columnKind\": \"unicodeCodePoints\""
         << ",\n      \"results\": " << (results_.empty() ? "[]" : "[\n" + results_ + "\n      ]")
         << "\n    }\n  ]\n}\n";
  }

 private:
  std::ostream& out_;
  ReportOptions options_;
  Json rules_ = Json::array();
  std::map<std::string, int> rule_index_;
  std::string results_;
};

}  // namespace

std::unique_ptr<ReportWriter> sarif_report_writer(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<SarifWriter>(out, options);
}

}  // namespace prepkit
