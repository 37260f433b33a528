// Classifies each prose line of a draft's sections against the template's guidance text.
#include "core/check/line_content.h"

#include <string>

namespace prepkit {
namespace {

LineContent classify(std::string_view line, const std::vector<Span>& placeholders,
                     const TemplateSection& expected, std::string* normalized) {
  if (!has_words(line)) return LineContent::none;  // normalizing only removes bytes
  // Without guidance text to compare and placeholders to drop, the words are the line's own.
  if (expected.text.empty() && placeholders.empty()) return LineContent::own;
  normalize_line(line, placeholders, normalized);
  if (!has_words(*normalized)) return LineContent::none;
  return expected.text.count(*normalized) > 0 ? LineContent::template_text : LineContent::own;
}

}  // namespace

LineContents classify_lines(const Draft& draft, const LinePlaceholders& placeholders,
                            const TemplateModel& model) {
  LineContents contents(draft.lines.size(), LineContent::none);
  std::string normalized;
  for (const Section& section : draft.sections) {
    const TemplateSection* expected = model.find(section.heading.text);
    if (expected == nullptr) continue;
    for_each_prose_line(draft, section, [&](int line) {
      size_t index = static_cast<size_t>(line) - 1;
      contents[index] = classify(prose_line(draft, line), placeholders[index], *expected, &normalized);
    });
  }
  return contents;
}

}  // namespace prepkit
