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

}  // namespace

// Line endings are those of CommonMark, and so of cmark's line numbers: "\n", "\r\n" and a
// lone "\r" (counting only "\n" put every line after a lone "\r" off by one).
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  lines.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  LineEndings endings(text);
  while (start < text.size()) {
    size_t end = endings.next(start);
    lines.emplace_back(text, start, end - start);
    start = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  return lines;
}

void blank_span(std::string* line, size_t begin, size_t end) {
  char* first = line->data() + std::min(begin, line->size());
  char* last = std::max(first, line->data() + std::min(end, line->size()));
  std::replace_if(
      first, last, [](char c) { return c != '\t'; }, ' ');
}

std::string trim(const std::string& text) {
  const char* space = " \t\r\n";
  size_t begin = text.find_first_not_of(space);
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(space) - begin + 1);
}

}  // namespace prepkit
