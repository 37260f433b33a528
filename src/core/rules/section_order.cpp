// section-order: sections of the template appear in another order than the template's.
#include <fmt/format.h>

#include <set>

#include "core/rules/rules.h"

namespace prepkit {
namespace {

int template_index(const TemplateModel& model, const std::string& title) {
  for (size_t i = 0; i < model.sections.size(); ++i) {
    if (model.sections[i].title == title) return static_cast<int>(i);
  }
  return -1;
}

void run(const RuleInput& in, Findings& findings) {
  std::set<std::string> seen;
  int furthest = -1;
  std::string furthest_title;
  for (const Section& section : in.draft.sections) {
    const std::string& title = section.heading.text;
    int index = template_index(in.model, title);
    if (index < 0 || !seen.insert(title).second) continue;
    if (index < furthest) {
      findings.add(kSectionOrder.id, kSectionOrder.severity, section.heading.line,
                   section.heading.column,
                   fmt::format("section '## {}' should come before '## {}'", title, furthest_title));
      continue;
    }
    furthest = index;
    furthest_title = title;
  }
}

}  // namespace

extern const Rule kSectionOrder = {"section-order",
                                   "sections appear out of the template's order",
                                   Severity::warning, run};

}  // namespace prepkit
