// missing-section: a section of the question's template is absent from the draft.
#include <fmt/format.h>

#include <algorithm>

#include "core/bank/suggest.h"
#include "core/rules/rules.h"

namespace prepkit {
namespace {

bool same_but_case(const std::string& a, const std::string& b) {
  auto lower = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; };
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

// " (line 11 has '## task': ...)" when a heading of the draft that is no template section is
// the title in other case, or a slip away from it ('## Situation:', '## Sitaution').
std::string near_hint(const Draft& draft, const TemplateModel& model, const std::string& title) {
  std::vector<const Section*> strays;
  for (const Section& section : draft.sections) {
    if (same_but_case(section.heading.text, title)) {
      return fmt::format(" (line {} has '## {}': headings must match the template's, case too)",
                         section.heading.line, section.heading.text);
    }
    if (model.find(section.heading.text) == nullptr) strays.push_back(&section);
  }
  for (const Section* stray : strays) {
    if (near_matches(title, {stray->heading.text}, 1).empty()) continue;
    return fmt::format(" (line {} has '## {}': headings must match the template's exactly)",
                       stray->heading.line, stray->heading.text);
  }
  return "";
}

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
                 fmt::format("missing section '## {}': {}{}", sections[i].title, where,
                             near_hint(in.draft, in.model, sections[i].title)));
  }
}

}  // namespace

extern const Rule kMissingSection = {"missing-section",
                                     "a section of the question's template is absent",
                                     Severity::error, run};

}  // namespace prepkit
