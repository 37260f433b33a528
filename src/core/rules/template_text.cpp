// template-text: guidance text of the template left unedited in a section.
#include <fmt/format.h>

#include <algorithm>

#include "core/check/prose.h"
#include "core/rules/rules.h"

namespace prepkit {
namespace {

// Where the line's text starts: its list marker when a list item starts there (an ordered
// marker is blanked in the prose), else its first character of prose.
int text_column(const Draft& draft, int line) {
  std::string_view text = prose_line(draft, line);
  int column = static_cast<int>(text.find_first_not_of(" \t")) + 1;
  auto item = std::lower_bound(draft.items.begin(), draft.items.end(), line,
                               [](const ListItem& it, int l) { return it.line < l; });
  if (item != draft.items.end() && item->line == line) column = std::min(column, item->column);
  return column;
}

void run(const RuleInput& in, Findings& findings) {
  for (const Section& section : in.draft.sections) {
    for_each_prose_line(in.draft, section, [&](int line) {
      size_t index = static_cast<size_t>(line) - 1;
      if (in.contents[index] != LineContent::template_text) return;
      if (!in.placeholders[index].empty()) return;  // the placeholder rule speaks for it
      findings.add(kTemplateText.id, kTemplateText.severity, line, text_column(in.draft, line),
                   "text of the template left unedited: replace it with your own words");
    });
  }
}

}  // namespace

extern const Rule kTemplateText = {"template-text", "guidance text of the template left unedited",
                                   Severity::warning, run};

}  // namespace prepkit
