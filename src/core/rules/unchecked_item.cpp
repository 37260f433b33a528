// unchecked-item: a checklist item ("- [ ]") that is not ticked.
#include <fmt/format.h>

#include "core/rules/rules.h"

namespace prepkit {
namespace {

void run(const RuleInput& in, Findings& findings) {
  for (const ListItem& item : in.draft.items) {
    if (!item.task || item.checked) continue;
    findings.add(kUncheckedItem.id, kUncheckedItem.severity, item.line, item.column,
                 fmt::format("checklist item not ticked: '{}'", item.text));
  }
}

}  // namespace

extern const Rule kUncheckedItem = {"unchecked-item", "a checklist item (- [ ]) not ticked",
                                    Severity::warning, run};

}  // namespace prepkit
