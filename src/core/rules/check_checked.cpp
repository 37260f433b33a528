// Check kind `checked`: named checklist items must be present and ticked.
#include <fmt/format.h>

#include "core/check/question_checks.h"

namespace prepkit {

void run_checked_check(const RuleInput& input, const Check& check, Findings& findings) {
  for (const std::string& wanted : check.items) {
    const ListItem* found = nullptr;
    for (const ListItem& item : input.draft.items) {
      if (item.task && item.text == wanted) found = &item;
    }
    if (found != nullptr && found->checked) continue;
    int line = found ? found->line : 1;
    int column = found ? found->column : 1;
    std::string state = found ? "not ticked" : "missing";
    findings.add(check.id, check.severity, line, column,
                 fmt::format("{} ('{}' is {})", check.message, wanted, state));
  }
}

}  // namespace prepkit
