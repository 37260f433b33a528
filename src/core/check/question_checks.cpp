// Dispatch of question-specific checks to their kinds, honouring `when`.
#include "core/check/question_checks.h"

namespace prepkit {
namespace {

bool applies(const Check& check, const Variables& variables) {
  for (const auto& [name, value] : check.when) {
    auto it = variables.find(name);
    if (it == variables.end() || it->second != value) return false;
  }
  return true;
}

}  // namespace

void section_place(const Check& check, const std::vector<const Section*>& sections, int* line,
                   int* column) {
  bool at_section = !check.sections.empty() && !sections.empty();
  *line = at_section ? sections.front()->heading.line : 1;
  *column = at_section ? sections.front()->heading.column : 1;
}

void run_question_checks(const RuleInput& input, Findings& findings) {
  for (const Check& check : input.question.checks) {
    if (!applies(check, input.variables)) continue;
    switch (check.kind) {
      case CheckKind::require: run_require_check(input, check, findings); break;
      case CheckKind::forbid: run_forbid_check(input, check, findings); break;
      case CheckKind::count: run_count_check(input, check, findings); break;
      case CheckKind::number: run_number_check(input, check, findings); break;
      case CheckKind::checked: run_checked_check(input, check, findings); break;
    }
  }
}

}  // namespace prepkit
