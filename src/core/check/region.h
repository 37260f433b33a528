// The candidate's own text in some sections of a draft, as one searchable string whose
// offsets map back to lines and columns.
#pragma once

#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "core/rules/rule.h"

namespace prepkit {

struct Region {
  bool empty() const;            // no letter or digit of the candidate's own

  std::string text;              // own-content lines joined by '\n'
  std::string folded;            // `text` through fold_case, for phrase matching
  std::vector<size_t> starts;    // offset in `text` where each line begins
  std::vector<int> lines;        // the draft line of each

  // The text of the i-th line, without its '\n'.
  std::string line_text(size_t i) const;
  // 1-based line and column in the draft of an offset into `text`.
  void place(size_t offset, int* line, int* column) const;
};

// The sections a check names that the draft has (all sections when `titles` is empty).
std::vector<const Section*> named_sections(const Draft& draft, const std::vector<std::string>& titles);

// The regions of one draft, built once per set of sections while its checks run.
class RegionCache {
 public:
  const Region* find(const std::vector<const Section*>& sections) const;
  const Region& add(std::vector<const Section*> sections, Region region);

 private:
  std::deque<std::pair<std::vector<const Section*>, Region>> regions_;  // a few per draft
};

// Own content of those sections: no headings, task items, comments, code, placeholders or
// unedited template text. Built once per set of sections and draft (in input.regions).
const Region& own_text(const RuleInput& input, const std::vector<const Section*>& sections);

}  // namespace prepkit
