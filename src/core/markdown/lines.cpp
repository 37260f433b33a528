// Line splitting and blanking helpers for the draft model.
#include "core/markdown/lines.h"

#include <algorithm>

namespace prepkit {

// Line endings are those of CommonMark, and so of cmark's line numbers: "\n", "\r\n" and a
// lone "\r" (counting only "\n" put every line after a lone "\r" off by one).
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  lines.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (start < text.size()) {
    size_t end = text.find_first_of("\r\n", start);
    if (end == std::string::npos) end = text.size();
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
