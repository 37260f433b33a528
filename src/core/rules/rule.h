// The rule interface: what a rule sees of a draft, and the metadata every rule declares.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bank/question.h"
#include "core/check/line_content.h"
#include "core/check/prose.h"
#include "core/check/template_model.h"
#include "core/diagnostic.h"
#include "core/markdown/draft.h"

namespace prepkit {

class RegionCache;

struct RuleInput {
  const std::string& path;
  const Draft& draft;
  const LinePlaceholders& placeholders;  // of each line of prose
  const LineContents& contents;          // of each line, against the template
  const Question& question;
  const TemplateModel& model;
  const Variables& variables;
  int words = 0;
  int seconds = 0;
  RegionCache& regions;  // own text of sections, shared by the question's checks
};

class Findings {
 public:
  Findings(const std::string& path, std::vector<Diagnostic>* out) : path_(path), out_(out) {}
  void add(std::string_view rule, Severity severity, int line, int column, std::string message);

 private:
  const std::string& path_;
  std::vector<Diagnostic>* out_;
};

using RuleFunction = void (*)(const RuleInput& input, Findings& findings);

struct Rule {
  std::string_view id;
  std::string_view summary;  // one line, as in docs/rules/<id>.md
  Severity severity;         // default severity
  RuleFunction run;          // null for rules the checker itself reports (unknown-question)
};

// Every built-in rule, in the order they run.
const std::vector<Rule>& builtin_rules();
const Rule* find_rule(std::string_view id);

// The draft's section with this title, or null.
const Section* find_section(const Draft& draft, const std::string& title);

}  // namespace prepkit
