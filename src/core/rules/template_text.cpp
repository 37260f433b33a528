// template-text: guidance text of the template left unedited in a section.
#include <fmt/format.h>

#include "core/check/prose.h"
#include "core/rules/rules.h"

namespace prepkit {
namespace {

void run(const RuleInput& in, Findings& findings) {
  for (const Section& section : in.draft.sections) {
    for_each_prose_line(in.draft, section, [&](int line) {
      size_t index = static_cast<size_t>(line) - 1;
      if (in.contents[index] != LineContent::template_text) return;
      if (!in.placeholders[index].empty()) return;  // the placeholder rule speaks for it
      std::string_view text = prose_line(in.draft, line);
      int column = static_cast<int>(text.find_first_not_of(" \t")) + 1;
      findings.add(kTemplateText.id, kTemplateText.severity, line, column,
                   "text of the template left unedited: replace it with your own words");
    });
  }
}

}  // namespace

extern const Rule kTemplateText = {"template-text", "guidance text of the template left unedited",
                                   Severity::warning, run};

}  // namespace prepkit
