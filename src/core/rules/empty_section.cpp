// empty-section: a section of the template holds nothing of the candidate's own (checklist
// sections excepted: unchecked-item speaks for them).
#include <fmt/format.h>

#include "core/check/prose.h"
#include "core/rules/rules.h"

namespace prepkit {
namespace {

bool has_own_content(const RuleInput& in, const Section& section, const TemplateSection& expected) {
  for (int line : prose_lines(in.draft, &section)) {
    std::string_view raw = prose_line(in.draft, line);
    if (!has_words(raw)) continue;  // normalizing only removes bytes
    // Without guidance text to compare and placeholders to drop, the words are the line's own.
    if (expected.text.empty() && in.placeholders[static_cast<size_t>(line) - 1].empty()) return true;
    std::string text = normalize_line(raw);
    if (has_words(text) && expected.text.count(text) == 0) return true;
  }
  return false;
}

void run(const RuleInput& in, Findings& findings) {
  for (const Section& section : in.draft.sections) {
    const TemplateSection* expected = in.model.find(section.heading.text);
    if (expected == nullptr || expected->has_checklist) continue;
    if (has_own_content(in, section, *expected)) continue;
    findings.add(kEmptySection.id, kEmptySection.severity, section.heading.line,
                 section.heading.column,
                 fmt::format("section '## {}' is empty: write your answer under it",
                             section.heading.text));
  }
}

}  // namespace

extern const Rule kEmptySection = {"empty-section",
                                   "a section has no content of the candidate's own",
                                   Severity::error, run};

}  // namespace prepkit
