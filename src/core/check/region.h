// The candidate's own text in some sections of a draft, as one searchable string whose
// offsets map back to lines and columns.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/check/word_index.h"
#include "core/rules/rule.h"

namespace prepkit {

// Own-content lines of some sections, joined by '\n'.
struct OwnText {
  std::string text;
  std::string folded;          // `text` through fold_case, emphasis '*' and quote '>' blanked,
                               // bullet markers ';' (they end a clause): for phrases
  std::vector<size_t> starts;  // offset in `text` where each line begins
  std::vector<int> lines;      // the draft line of each
  WordIndex words;             // of `folded`
};

// Lines [first, end) of an OwnText: the own text of the sections a check names.
class Region {
 public:
  Region(const OwnText& source, size_t first, size_t end);

  std::string_view text() const { return text_; }
  std::string_view folded() const { return folded_; }
  WordSpan words() const;  // of folded()
  bool empty() const;  // no letter or digit of the candidate's own
  // The index among the region's lines of this 1-based draft line, if the region holds it.
  std::optional<size_t> find_line(int line) const;
  // The text of the i-th line, without its '\n', and its 1-based line in the draft.
  std::string_view line_text(size_t i) const;
  int line_number(size_t i) const { return source_.lines[first_ + i]; }
  size_t size() const { return end_ - first_; }  // lines
  // 1-based line and column in the draft of an offset into `text()`.
  void place(size_t offset, int* line, int* column) const;

 private:
  const OwnText& source_;
  size_t first_;
  size_t end_;
  size_t base_;  // where text() starts in the source
  std::string_view text_;
  std::string_view folded_;
};

// The sections a check names that the draft has (all sections when `titles` is empty).
std::vector<const Section*> named_sections(const Draft& draft, const std::vector<std::string>& titles);

// The own text of one draft: every section's, built once on first use; sections that are
// not next to each other get their own copy. clear() makes it ready for another draft.
class RegionCache {
 public:
  const OwnText& whole(const RuleInput& input);
  // The lines of section i (in draft order) in whole(): [first, end).
  std::pair<size_t, size_t> section_lines(size_t i) const { return section_lines_[i]; }
  const OwnText& keep(OwnText text);
  // Forgets the draft, keeping the room its text took for the next one.
  void clear() {
    built_ = false;
    joined_.clear();
  }

 private:
  bool built_ = false;
  OwnText whole_;
  std::vector<std::pair<size_t, size_t>> section_lines_;
  std::deque<OwnText> joined_;
};

// Own content of those sections: no headings, task items, comments, code, placeholders or
// unedited template text.
Region own_text(const RuleInput& input, const std::vector<const Section*>& sections);

}  // namespace prepkit
