// The candidate's own prose: placeholders, template text, words, the text of sections.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/markdown/draft.h"

namespace prepkit {

struct Span {
  size_t begin = 0;  // byte offsets within a line
  size_t end = 0;
  bool continues = false;  // the rest of a "[[...]]" opened on an earlier line
};

// Fill-in markers in a line: "[[...]]", and TODO, TBD, FIXME as whole words.
std::vector<Span> find_placeholders(std::string_view line);

// The fill-in markers of every line of a draft's prose (index: line - 1), found once and
// shared by the rules. A "[[...]]" that an editor wrapped onto the next lines of its paragraph
// (up to five lines in all) is one marker: a span on each of its lines, the later ones
// marked `continues`.
using LinePlaceholders = std::vector<std::vector<Span>>;
LinePlaceholders find_draft_placeholders(const Draft& draft);

// The text of the marker that starts at `span` on line `index`: for a "[[...]]" wrapped
// onto later lines, its pieces joined by single spaces.
std::string placeholder_text(const Draft& draft, const LinePlaceholders& placeholders, size_t index,
                             const Span& span);

// A line reduced for comparison with template text: placeholders removed, list and
// quote markers and runs of white space folded, trimmed.
std::string normalize_line(std::string_view line);
// The same for a line whose placeholders are known, written into `out` (whose capacity is
// reused, so that normalizing every line of a draft allocates almost nothing).
void normalize_line(std::string_view line, const std::vector<Span>& placeholders, std::string* out);

// True when a (normalized) line has a letter or digit of any script: something a person wrote
// (a dash, an arrow, a tick or an emoji alone is not).
bool has_words(std::string_view line);

// Words in a line: runs of non-space bytes holding a letter or digit of any script ("—" and
// "→" between words are none).
int count_words(std::string_view line);

// Calls `visit(line)` for each line of a section body that holds prose: not a heading, not a
// task item. Line numbers are 1-based.
template <typename Visit>
void for_each_prose_line(const Draft& draft, const Section& section, Visit visit) {
  for (int line = section.first_body_line; line <= section.last_body_line; ++line) {
    if (!is_structure_line(draft, line)) visit(line);
  }
}

// Words of the candidate's own in all sections of the draft.
int draft_words(const Draft& draft, const LinePlaceholders& placeholders);
int draft_words(const Draft& draft);

}  // namespace prepkit
