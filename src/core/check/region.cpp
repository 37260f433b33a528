// Regions of own text for question-specific checks.
#include "core/check/region.h"

#include <algorithm>

#include "core/check/line_content.h"
#include "core/check/phrase_matcher.h"
#include "core/check/prose.h"
#include "core/markdown/lines.h"

namespace prepkit {

Region::Region(const OwnText& source, size_t first, size_t end)
    : source_(source),
      first_(first),
      end_(end),
      base_(first < source.starts.size() ? source.starts[first] : source.text.size()) {
  size_t stop = end < source.starts.size() ? source.starts[end] : source.text.size();
  text_ = std::string_view(source.text).substr(base_, stop - base_);
  folded_ = std::string_view(source.folded).substr(base_, stop - base_);
}

WordSpan Region::words() const { return source_.words.within(base_, base_ + folded_.size()); }

bool Region::empty() const { return !has_words(text_); }

std::optional<size_t> Region::find_line(int line) const {
  auto begin = source_.lines.begin() + static_cast<std::ptrdiff_t>(first_);
  auto end = source_.lines.begin() + static_cast<std::ptrdiff_t>(end_);
  auto it = std::lower_bound(begin, end, line);  // a region's lines are in increasing order
  if (it == end || *it != line) return std::nullopt;
  return static_cast<size_t>(it - begin);
}

std::string_view Region::line_text(size_t i) const {
  size_t start = source_.starts[first_ + i] - base_;
  size_t stop = first_ + i + 1 < end_ ? source_.starts[first_ + i + 1] - base_ : text_.size();
  return text_.substr(start, stop - 1 - start);
}

void Region::place(size_t offset, int* line, int* column) const {
  if (first_ == end_) {
    *line = 1;
    *column = static_cast<int>(offset) + 1;
    return;
  }
  auto begin = source_.starts.begin() + static_cast<std::ptrdiff_t>(first_);
  auto end = source_.starts.begin() + static_cast<std::ptrdiff_t>(end_);
  auto it = std::upper_bound(begin, end, base_ + offset);
  size_t index = first_ + (it == begin ? 0 : static_cast<size_t>(it - begin) - 1);
  *line = source_.lines[index];
  *column = static_cast<int>(base_ + offset - source_.starts[index]) + 1;
}

std::vector<const Section*> named_sections(const Draft& draft,
                                           const std::vector<std::string>& titles) {
  std::vector<const Section*> sections;
  sections.reserve(titles.empty() ? draft.sections.size() : titles.size());
  for (const Section& section : draft.sections) {
    bool named = titles.empty() ||
                 std::find(titles.begin(), titles.end(), section.heading.text) != titles.end();
    if (named) sections.push_back(&section);
  }
  return sections;
}

namespace {

// Appends the own-content lines of a section: not template text, placeholders blanked.
void add_section(const RuleInput& input, const Section& section, OwnText* own) {
  for_each_prose_line(input.draft, section, [&](int line) {
    size_t index = static_cast<size_t>(line) - 1;
    if (input.contents[index] == LineContent::template_text) return;
    size_t start = own->text.size();
    own->starts.push_back(start);
    own->lines.push_back(line);
    own->text += prose_line(input.draft, line);
    for (const Span& span : input.placeholders[index]) {
      blank_span(&own->text, start + span.begin, start + span.end);
    }
    own->text += '\n';
  });
}

// Block quote markers at the start of a line become spaces, so that a phrase runs on from the
// line before ("was" / "> arrogant").
void blank_quote_markers(std::string* folded, size_t start) {
  constexpr size_t kMostMarkerBytes = 16;  // a blanked comment line is all spaces: stop early
  for (size_t i = start, end = std::min(folded->size(), start + kMostMarkerBytes); i < end; ++i) {
    char c = (*folded)[i];
    if (c == '>') (*folded)[i] = ' ';
    else if (c != ' ' && c != '\t') break;
  }
}

// Emphasis markers do not split a phrase: "care **team**" holds "care team". A list item's
// marker becomes ';', so that an item starts a clause of its own ("- I never miss a shift" /
// "- The pay is a joke"; ordered markers are blank in the prose, so the items say where).
void fold(OwnText* own, const Draft& draft) {
  own->folded.assign(own->text);
  fold_case_in_place(&own->folded);
  for (size_t i = 0; i < own->starts.size(); ++i) {
    blank_quote_markers(&own->folded, own->starts[i]);
    const ListItem* item = item_at(draft, own->lines[i]);
    if (item == nullptr || item->task || item->column < 1) continue;
    size_t line_end = i + 1 < own->starts.size() ? own->starts[i + 1] - 1 : own->folded.size();
    size_t marker = own->starts[i] + static_cast<size_t>(item->column) - 1;
    if (marker < line_end) own->folded[marker] = ';';
  }
  for (size_t star = own->folded.find('*'); star != std::string::npos; star = own->folded.find('*', star + 1)) {
    own->folded[star] = ' ';  // emphasis markers are few: memchr finds them
  }
  own->words.index(own->folded);
}

}  // namespace

const OwnText& RegionCache::whole(const RuleInput& input) {
  if (built_) return whole_;
  OwnText& own = whole_;
  own.text.clear();
  own.starts.clear();
  own.lines.clear();
  section_lines_.clear();
  own.text.reserve(input.draft.prose.text().size());
  size_t most_lines = 0;
  for (const Section& section : input.draft.sections) {
    most_lines += static_cast<size_t>(std::max(0, section.last_body_line - section.first_body_line + 1));
  }
  own.starts.reserve(most_lines);
  own.lines.reserve(most_lines);
  for (const Section& section : input.draft.sections) {
    size_t first = own.starts.size();
    add_section(input, section, &own);
    section_lines_.emplace_back(first, own.starts.size());
  }
  fold(&own, input.draft);
  built_ = true;
  return whole_;
}

const OwnText& RegionCache::keep(OwnText text) {
  joined_.push_back(std::move(text));
  return joined_.back();
}

Region own_text(const RuleInput& input, const std::vector<const Section*>& sections) {
  const OwnText& whole = input.regions.whole(input);
  if (sections.empty()) return Region(whole, 0, 0);
  auto index = [&](const Section* section) { return static_cast<size_t>(section - input.draft.sections.data()); };
  bool next_to_each_other = true;
  for (size_t i = 1; i < sections.size(); ++i) {
    next_to_each_other = next_to_each_other && index(sections[i]) == index(sections[i - 1]) + 1;
  }
  if (next_to_each_other) {
    return Region(whole, input.regions.section_lines(index(sections.front())).first,
                  input.regions.section_lines(index(sections.back())).second);
  }
  OwnText joined;
  for (const Section* section : sections) add_section(input, *section, &joined);
  fold(&joined, input.draft);
  const OwnText& kept = input.regions.keep(std::move(joined));
  return Region(kept, 0, kept.starts.size());
}

}  // namespace prepkit
