// Check kind `require`: at least one of the words or phrases appears in the named sections.
#include "core/check/phrase_matcher.h"
#include "core/check/question_checks.h"
#include "core/check/region.h"

namespace prepkit {

void run_require_check(const RuleInput& input, const Check& check, Findings& findings) {
  std::vector<const Section*> sections = named_sections(input.draft, check.sections);
  if (!check.sections.empty() && sections.empty()) return;  // missing-section speaks for it
  Region region = own_text(input, sections);
  if (region.empty()) return;  // empty-section speaks for a section with nothing in it
  if (phrases_of(check).contains(region.folded(), region.words())) return;
  int line = 1, column = 1;
  section_place(check, sections, &line, &column);
  findings.add(check.id, check.severity, line, column, check.message);
}

}  // namespace prepkit
