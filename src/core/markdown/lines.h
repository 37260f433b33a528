// Text split into lines in one buffer, and the raw steps under the draft model.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace prepkit {

// A text and its lines: line i is a view into the one buffer, without its line ending. Line
// endings are those of CommonMark (LF, CRLF and a lone CR); a leading UTF-8 byte-order mark
// belongs to no line.
class Lines {
 public:
  Lines() = default;
  explicit Lines(std::string text);

  size_t size() const { return spans_.size(); }
  bool empty() const { return spans_.empty(); }
  std::string_view operator[](size_t i) const {
    return std::string_view(text_.data() + spans_[i].begin, spans_[i].end - spans_[i].begin);
  }
  // Where line i starts in text().
  size_t offset(size_t i) const { return spans_[i].begin; }
  const std::string& text() const { return text_; }

  // Replaces the bytes of line i from `begin` to `end` (clamped to the line) with spaces;
  // tabs stay tabs, so columns stay true.
  void blank(size_t i, size_t begin, size_t end);
  // Replaces every byte of line i with a space, tabs too.
  void fill(size_t i);

 private:
  struct Span {
    size_t begin;
    size_t end;
  };
  std::string text_;
  std::vector<Span> spans_;
};

// Replaces every byte of `line` from `begin` to `end` with a space (tabs stay tabs).
void blank_span(std::string* line, size_t begin, size_t end);

// The text without leading and trailing spaces, tabs and line endings.
std::string trim(std::string_view text);
// The same as a view into `text`, and in place: no copy where a copy is not needed.
std::string_view trim_view(std::string_view text);
void trim_in_place(std::string* text);

// The text trimmed, each run of spaces, tabs and line endings in it made one space.
std::string collapse_white_space(std::string_view text);
// The same step by step: appends `piece` to `out` with its white space folded that way (none
// at the start of `out`, one space for a run that follows text), so pieces of a line can be
// folded as one; a single trailing space is left for the caller to drop.
void append_collapsed(std::string_view piece, std::string* out);

}  // namespace prepkit
