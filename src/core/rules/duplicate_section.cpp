// duplicate-section: the same section heading appears twice.
#include <fmt/format.h>

#include <map>
#include <string_view>

#include "core/rules/rules.h"

namespace prepkit {
namespace {

void run(const RuleInput& in, Findings& findings) {
  std::map<std::string_view, int> first_line;  // views of the draft's headings
  for (const Section& section : in.draft.sections) {
    auto [it, inserted] = first_line.emplace(section.heading.text, section.heading.line);
    if (inserted) continue;
    findings.add(kDuplicateSection.id, kDuplicateSection.severity, section.heading.line,
                 section.heading.column,
                 fmt::format("section '## {}' appears again (first at line {}): merge the two",
                             section.heading.text, it->second));
  }
}

}  // namespace

extern const Rule kDuplicateSection = {"duplicate-section", "the same section twice",
                                       Severity::error, run};

}  // namespace prepkit
