// The ordered list of built-in rules, and small helpers every rule shares.
#include "core/rules/rule.h"

#include "core/rules/rules.h"

namespace prepkit {

void Findings::add(std::string_view rule, Severity severity, int line, int column,
                   std::string message) {
  Diagnostic d = error_at(path_, line, column, std::move(message));
  d.rule = std::string(rule);
  d.severity = severity;
  out_->push_back(std::move(d));
}

const std::vector<Rule>& builtin_rules() {
  static const std::vector<Rule> rules = {
      kMissingSection,   kEmptySection, kSectionOrder, kDuplicateSection,
      kPlaceholder,      kTemplateText, kUncheckedItem, kTooLong,
      kTooShort,         kUnknownQuestion,
  };
  return rules;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule& rule : builtin_rules()) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

const Section* find_section(const Draft& draft, const std::string& title) {
  for (const Section& section : draft.sections) {
    if (section.heading.text == title) return &section;
  }
  return nullptr;
}

}  // namespace prepkit
