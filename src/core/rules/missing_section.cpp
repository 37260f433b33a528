// missing-section: a section of the question's template is absent from the draft.
#include <fmt/format.h>

#include "core/rules/rules.h"

namespace prepkit {
namespace {

void run(const RuleInput& in, Findings& findings) {
  const auto& sections = in.model.sections;
  for (size_t i = 0; i < sections.size(); ++i) {
    if (find_section(in.draft, sections[i].title) != nullptr) continue;
    const Section* next = nullptr;
    for (size_t j = i + 1; j < sections.size() && next == nullptr; ++j) {
      next = find_section(in.draft, sections[j].title);
    }
    std::string where = next ? fmt::format("add it before '## {}'", next->heading.text)
                             : std::string("add it to the draft");
    findings.add(kMissingSection.id, kMissingSection.severity, next ? next->heading.line : 1,
                 next ? next->heading.column : 1,
                 fmt::format("missing section '## {}': {}", sections[i].title, where));
  }
}

}  // namespace

extern const Rule kMissingSection = {"missing-section",
                                     "a section of the question's template is absent",
                                     Severity::error, run};

}  // namespace prepkit
