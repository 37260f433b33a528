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
  if (const ListItem* item = item_at(draft, line)) column = std::min(column, item->column);
  return column;
}

// A label that the template gives a line to write on ("What they said:", "Sources:"), kept
// with the candidate's own words on the next line of the section that holds any. A list
// item's label ("- Listened first:") wants its answer on its own line.
bool label_with_answer_below(const RuleInput& in, const Section& section, int line) {
  std::string_view text = trim_view(prose_line(in.draft, line));
  if (text.empty() || text.back() != ':' || item_at(in.draft, line) != nullptr) return false;
  for (int next = line + 1; next <= section.last_body_line; ++next) {
    LineContent content = in.contents[static_cast<size_t>(next) - 1];
    if (content != LineContent::none) return content == LineContent::own;
  }
  return false;
}

void run(const RuleInput& in, Findings& findings) {
  for (const Section& section : in.draft.sections) {
    for_each_prose_line(in.draft, section, [&](int line) {
      size_t index = static_cast<size_t>(line) - 1;
      if (in.contents[index] != LineContent::template_text) return;
      if (!in.placeholders[index].empty()) return;  // the placeholder rule speaks for it
      if (label_with_answer_below(in, section, line)) return;
      findings.add(kTemplateText.id, kTemplateText.severity, line, text_column(in.draft, line),
                   "text of the template left unedited: replace it with your own words");
    });
  }
}

}  // namespace

extern const Rule kTemplateText = {"template-text", "guidance text of the template left unedited",
                                   Severity::warning, run};

}  // namespace prepkit
