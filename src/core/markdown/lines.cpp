// Line splitting and blanking helpers for the draft model.
#include "core/markdown/lines.h"

#include <algorithm>
#include <cstring>

namespace prepkit {
namespace {

// The next '\n' and the next '\r' as the start of a line moves on: memchr finds each from
// where it is needed, and each is looked for again only once passed, so splitting stays
// linear whatever the mix of line endings (find_first_of("\r\n") looked the set up per byte).
class LineEndings {
 public:
  explicit LineEndings(const std::string& text)
      : text_(text), newline_(find('\n', 0)), carriage_return_(find('\r', 0)) {}

  // The first line ending at or after `start`, or the end of the text.
  size_t next(size_t start) {
    if (newline_ < start) newline_ = find('\n', start);
    if (carriage_return_ < start) carriage_return_ = find('\r', start);
    return std::min(newline_, carriage_return_);
  }

 private:
  size_t find(char ending, size_t from) const {
    const void* hit = std::memchr(text_.data() + from, ending, text_.size() - from);
    return hit == nullptr ? text_.size()
                          : static_cast<size_t>(static_cast<const char*>(hit) - text_.data());
  }

  const std::string& text_;
  size_t newline_;
  size_t carriage_return_;
};

// The white space trim() takes from both ends, and collapse_white_space() folds.
bool is_trimmed(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Spaces over [first, last), tabs kept: memset between the tabs memchr finds.
void blank_bytes(char* first, char* last) {
  while (first < last) {
    auto* tab = static_cast<char*>(std::memchr(first, '\t', static_cast<size_t>(last - first)));
    char* stop = tab == nullptr ? last : tab;
    std::memset(first, ' ', static_cast<size_t>(stop - first));
    first = stop == last ? last : stop + 1;
  }
}

}  // namespace

// Line endings are those of CommonMark, and so of cmark's line numbers: "\n", "\r\n" and a
// lone "\r" (counting only "\n" put every line after a lone "\r" off by one).
Lines::Lines(std::string text) : text_(std::move(text)) {
  spans_.reserve(text_.size() / 32 + 1);  // about a line per 32 bytes: few regrowths
  size_t start = text_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  LineEndings endings(text_);
  while (start < text_.size()) {
    size_t end = endings.next(start);
    spans_.push_back({start, end});
    // Bytes tested as they are: compare(end, 2, "\r\n") cost a strlen and a range check per line.
    bool crlf = text_[end] == '\r' && end + 1 < text_.size() && text_[end + 1] == '\n';
    start = end + (crlf ? 2 : 1);
  }
}

void Lines::blank(size_t i, size_t begin, size_t end) {
  size_t size = spans_[i].end - spans_[i].begin;
  char* line = text_.data() + spans_[i].begin;
  blank_bytes(line + std::min(begin, size), line + std::max(std::min(begin, size), std::min(end, size)));
}

void Lines::fill(size_t i) {
  std::memset(text_.data() + spans_[i].begin, ' ', spans_[i].end - spans_[i].begin);
}

void blank_span(std::string* line, size_t begin, size_t end) {
  char* first = line->data() + std::min(begin, line->size());
  blank_bytes(first, std::max(first, line->data() + std::min(end, line->size())));
}

// Plain loops: find_first_not_of(" \t\r\n") looked each byte up in the set with a call.
std::string_view trim_view(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && is_trimmed(text[begin])) ++begin;
  while (end > begin && is_trimmed(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::string trim(std::string_view text) { return std::string(trim_view(text)); }

void trim_in_place(std::string* text) {
  std::string_view kept = trim_view(*text);
  size_t begin = static_cast<size_t>(kept.data() - text->data());
  text->erase(begin + kept.size());
  text->erase(0, begin);
}

void append_collapsed(std::string_view piece, std::string* out) {
  for (char c : piece) {
    bool space = is_trimmed(c);
    if (space && (out->empty() || out->back() == ' ')) continue;
    out->push_back(space ? ' ' : c);
  }
}

std::string collapse_white_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());  // never longer than the text
  append_collapsed(text, &out);
  if (!out.empty() && out.back() == ' ') out.pop_back();  // the only white space trim() would take
  return out;
}

}  // namespace prepkit
