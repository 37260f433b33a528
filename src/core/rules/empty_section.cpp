// empty-section: a section of the template holds nothing of the candidate's own (sections
// the template makes only a checklist excepted: ticking is their content, unchecked-item's).
#include <fmt/format.h>

#include "core/check/prose.h"
#include "core/rules/rules.h"

namespace prepkit {
namespace {

// Own words, or code or a link address: no words to count or search, but something written.
bool has_own_content(const RuleInput& in, const Section& section) {
  bool own = false;
  for_each_prose_line(in.draft, section, [&](int line) {
    size_t i = static_cast<size_t>(line) - 1;
    own = own || in.contents[i] == LineContent::own || (in.draft.unsearched[i] && has_words(in.draft.lines[i]));
  });
  return own;
}

void run(const RuleInput& in, Findings& findings) {
  for (const Section& section : in.draft.sections) {
    const TemplateSection* expected = in.model.find(section.heading.text);
    if (expected == nullptr || (expected->has_checklist && !expected->asks_for_text)) continue;
    if (has_own_content(in, section)) continue;
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
