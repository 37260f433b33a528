// A "[[...]]" placeholder that an editor wrapped onto the next lines of its paragraph.
#include "core/check/wrapped_placeholder.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/markdown/lines.h"

namespace prepkit {
namespace {

constexpr size_t kMostPlaceholderLines = 5;

// Where a "[[" that this line does not close opens, if it does; "[[" inside a marker found on
// the line does not count.
size_t unclosed_opening(std::string_view line, const std::vector<Span>& spans) {
  size_t open = line.rfind("[[");
  if (open == std::string_view::npos || line.find("]]", open + 2) != std::string_view::npos) {
    return std::string_view::npos;
  }
  for (const Span& span : spans) {
    if (open >= span.begin && open < span.end) return std::string_view::npos;
  }
  return open;
}

}  // namespace

void join_wrapped_placeholder(const Draft& draft, size_t first, LinePlaceholders* placeholders) {
  const Lines& prose = draft.prose;
  std::vector<Span>& opening_spans = (*placeholders)[first];
  size_t open = unclosed_opening(prose[first], opening_spans);
  if (open == std::string_view::npos) return;
  size_t last = first + 1;
  size_t close = std::string_view::npos;
  for (; last < prose.size() && last < first + kMostPlaceholderLines; ++last) {
    std::string_view line = prose[last];
    int number = static_cast<int>(last) + 1;
    if (!has_words(line) || is_structure_line(draft, number) || item_at(draft, number) != nullptr) return;
    close = line.find("]]");
    size_t reopen = line.find("[[");
    if (reopen != std::string_view::npos && reopen < close) return;
    if (close != std::string_view::npos) break;
  }
  if (close == std::string_view::npos) return;
  auto drop_from = [](std::vector<Span>* spans, size_t begin, size_t end) {
    spans->erase(std::remove_if(spans->begin(), spans->end(),
                                [&](const Span& s) { return s.begin < end && s.end > begin; }),
                 spans->end());
  };
  drop_from(&opening_spans, open, prose[first].size());
  opening_spans.push_back({open, prose[first].size(), false});
  for (size_t i = first + 1; i <= last; ++i) {
    size_t end = i == last ? close + 2 : prose[i].size();
    drop_from(&(*placeholders)[i], 0, end);
    auto& spans = (*placeholders)[i];
    spans.insert(spans.begin(), Span{0, end, true});
  }
}

std::string placeholder_text(const Draft& draft, const LinePlaceholders& placeholders, size_t index,
                             const Span& span) {
  std::string text(draft.prose[index].substr(span.begin, span.end - span.begin));
  for (size_t i = index + 1; i < placeholders.size() && span.end == draft.prose[index].size(); ++i) {
    if (placeholders[i].empty() || !placeholders[i].front().continues) break;
    const Span& piece = placeholders[i].front();
    text += ' ';
    std::string_view rest = draft.prose[i].substr(piece.begin, piece.end - piece.begin);
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of("> \t")));  // quote markers
    text += trim_view(rest);
    if (piece.end < draft.prose[i].size()) break;
  }
  return text;
}

}  // namespace prepkit
