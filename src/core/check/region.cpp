// Regions of own text for question-specific checks.
#include "core/check/region.h"

#include <algorithm>

#include "core/check/phrase_matcher.h"
#include "core/check/prose.h"
#include "core/markdown/lines.h"

namespace prepkit {

void Region::place(size_t offset, int* line, int* column) const {
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  size_t index = it == starts.begin() ? 0 : static_cast<size_t>(it - starts.begin()) - 1;
  *line = lines.empty() ? 1 : lines[index];
  *column = static_cast<int>(offset - (starts.empty() ? 0 : starts[index])) + 1;
}

bool Region::empty() const { return !has_words(text); }

std::string Region::line_text(size_t i) const {
  size_t end = i + 1 < starts.size() ? starts[i + 1] - 1 : text.size() - 1;
  return text.substr(starts[i], end - starts[i]);
}

namespace {

bool is_template_text(const TemplateSection* expected, std::string_view line) {
  return expected != nullptr && !expected->text.empty() &&
         expected->text.count(normalize_line(line)) > 0;
}

}  // namespace

std::vector<const Section*> named_sections(const Draft& draft,
                                           const std::vector<std::string>& titles) {
  std::vector<const Section*> sections;
  for (const Section& section : draft.sections) {
    bool named = titles.empty() ||
                 std::find(titles.begin(), titles.end(), section.heading.text) != titles.end();
    if (named) sections.push_back(&section);
  }
  return sections;
}

const Region* RegionCache::find(const std::vector<const Section*>& sections) const {
  for (const auto& [key, region] : regions_) {
    if (key == sections) return &region;
  }
  return nullptr;
}

const Region& RegionCache::add(std::vector<const Section*> sections, Region region) {
  regions_.emplace_back(std::move(sections), std::move(region));
  return regions_.back().second;
}

const Region& own_text(const RuleInput& input, const std::vector<const Section*>& sections) {
  if (const Region* known = input.regions.find(sections)) return *known;
  Region region;
  size_t most_lines = 0;
  for (const Section* section : sections) {
    most_lines +=
        static_cast<size_t>(std::max(0, section->last_body_line - section->first_body_line + 1));
  }
  region.starts.reserve(most_lines);
  region.lines.reserve(most_lines);
  for (const Section* section : sections) {
    const TemplateSection* expected = input.model.find(section->heading.text);
    for (int line : prose_lines(input.draft, section)) {
      std::string_view text = prose_line(input.draft, line);
      if (is_template_text(expected, text)) continue;
      size_t start = region.text.size();
      region.starts.push_back(start);
      region.lines.push_back(line);
      region.text += text;
      for (const Span& span : input.placeholders[static_cast<size_t>(line) - 1]) {
        blank_span(&region.text, start + span.begin, start + span.end);
      }
      region.text += '\n';
    }
  }
  // Emphasis markers do not split a phrase: "care **team**" holds "care team".
  region.folded = fold_case(region.text);
  std::replace(region.folded.begin(), region.folded.end(), '*', ' ');
  return input.regions.add(sections, std::move(region));
}

}  // namespace prepkit
