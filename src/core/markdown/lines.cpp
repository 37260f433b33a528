// Line splitting and blanking helpers for the draft model.
#include "core/markdown/lines.h"

#include <algorithm>

namespace prepkit {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  lines.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    size_t stop = end > start && text[end - 1] == '\r' ? end - 1 : end;
    if (end == text.size() && start == end) break;  // no empty line after a final newline
    lines.emplace_back(text, start, stop - start);
    start = end + 1;
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
