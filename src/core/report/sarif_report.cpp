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

}  // namespace

void write_sarif_report(std::ostream& out, const std::vector<FileReport>& files,
                        const ReportOptions& options) {
  Json rules = Json::array();
  std::map<std::string, int> rule_index;
  Json results = Json::array();
  for (const FileReport& file : files) {
    for (const Diagnostic& d : shown_findings(file, options)) {
      auto [it, added] = rule_index.emplace(d.rule, static_cast<int>(rule_index.size()));
      if (added) rules.push_back(rule_descriptor(d.rule));
      results.push_back(result_of(d, it->second));
    }
  }
  Json driver = {{"name", "prepkit"},
                 {"version", PREPKIT_VERSION},
                 {"rules", rules}};
  Json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", Json::array({{{"tool", {{"driver", driver}}}, {"results", results}}})}};
  out << sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace prepkit
