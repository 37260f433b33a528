// Check kind `forbid`: none of the words or phrases may appear; each one found is reported,
// unless its own clause says "not" before it ("It isn't that I work too hard"), or its
// sentence gives it as others' view and turns from it ("People say the pay is poor, but...").
#include <algorithm>

#include "core/check/phrase_matcher.h"
#include "core/check/question_checks.h"
#include "core/check/region.h"
#include "core/markdown/lines.h"

namespace prepkit {

void run_forbid_check(const RuleInput& input, const Check& check, Findings& findings) {
  Region region = own_text(input, named_sections(input.draft, check.sections));
  for (const Match& match : phrases_of(check).find_all(region.folded(), region.words())) {
    if (negated_before(region.folded(), match.offset)) continue;
    if (set_aside(region.folded(), match.offset, match.length)) continue;
    int line = 1, column = 1;
    region.place(match.offset, &line, &column);
    std::string found(region.text().substr(match.offset, match.length));
    std::string_view folded = region.folded().substr(match.offset, match.length);
    for (size_t i = 0; i < found.size(); ++i) {
      if (found[i] == '>' && folded[i] == ' ') found[i] = ' ';  // quote markers
    }
    found.erase(std::remove(found.begin(), found.end(), '*'), found.end());  // emphasis markers
    found = collapse_white_space(found);
    findings.add(check.id, check.severity, line, column, check.message + " (found '" + found + "')");
  }
}

}  // namespace prepkit
