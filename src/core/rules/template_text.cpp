// template-text: guidance text of the template left unedited in a section.
#include <fmt/format.h>

#include "core/check/prose.h"
#include "core/rules/rules.h"

namespace prepkit {
namespace {

void run(const RuleInput& in, Findings& findings) {
  for (const Section& section : in.draft.sections) {
    const TemplateSection* expected = in.model.find(section.heading.text);
    if (expected == nullptr || expected->text.empty()) continue;
    for (int line : prose_lines(in.draft, &section)) {
      std::string_view text = prose_line(in.draft, line);
      if (!in.placeholders[static_cast<size_t>(line) - 1].empty()) continue;  // the placeholder rule speaks for it
      std::string normalized = normalize_line(text);
      if (!has_words(normalized) || expected->text.count(normalized) == 0) continue;
      int column = static_cast<int>(text.find_first_not_of(" \t")) + 1;
      findings.add(kTemplateText.id, kTemplateText.severity, line, column,
                   "text of the template left unedited: replace it with your own words");
    }
  }
}

}  // namespace

extern const Rule kTemplateText = {"template-text", "guidance text of the template left unedited",
                                   Severity::warning, run};

}  // namespace prepkit
