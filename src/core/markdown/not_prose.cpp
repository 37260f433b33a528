// Blanking what is not prose: code blocks and spans, link addresses and reference definitions,
// ordered list markers.
// cmark-gfm's columns for inline nodes are checked against the line before anything is
// blanked: on a paragraph's later lines some of them are off, and then the text stays.
#include "core/markdown/not_prose.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace prepkit {

void blank_code_block(Draft* draft, int first, int last) {
  for (int line = std::max(first, 1); line <= last && line <= static_cast<int>(draft->prose.size()); ++line) {
    draft->prose.blank(static_cast<size_t>(line) - 1, 0, std::string::npos);
    draft->unsearched[static_cast<size_t>(line) - 1] = true;
  }
}

void blank_reference_definitions(Draft* draft, const std::vector<bool>& in_leaf) {
  for (size_t i = 0; i < in_leaf.size() && i < draft->prose.size(); ++i) {
    if (in_leaf[i]) continue;
    std::string_view line = draft->prose[i];
    size_t start = line.find('[');  // most lines outside leaf blocks are blank: one memchr
    if (start == std::string_view::npos || line.find_first_not_of(" \t>-*+") != start) continue;
    size_t close = line.find("]:", start);
    if (close == std::string_view::npos || close == start + 1) continue;
    draft->prose.blank(i, start, std::string_view::npos);
    draft->unsearched[i] = true;
  }
}

// An ordered list's marker ("1.", "2)") is no words of the candidate's: blanked like the
// bullets '-', '*' and '+', which hold no letter or digit anyway.
void blank_ordered_marker(Draft* draft, const ListItem& item) {
  if (item.line < 1 || item.line > static_cast<int>(draft->prose.size()) || item.column < 1) return;
  size_t i = static_cast<size_t>(item.line) - 1;
  std::string_view text = draft->prose[i];
  size_t begin = static_cast<size_t>(item.column) - 1;
  size_t end = begin;
  while (end < text.size() && end - begin < 9 && text[end] >= '0' && text[end] <= '9') ++end;
  if (end == begin || end >= text.size() || (text[end] != '.' && text[end] != ')')) return;
  draft->prose.blank(i, begin, end + 1);
}

// A code span on one line, where cmark's columns hold its text: the text goes, the backticks
// stay (they are no words). A span across lines is left as it is.
void blank_code_span(Draft* draft, cmark_node* node) {
  int line = cmark_node_get_start_line(node);
  if (line != cmark_node_get_end_line(node) || line < 1 || line > static_cast<int>(draft->prose.size())) return;
  size_t begin = static_cast<size_t>(std::max(1, cmark_node_get_start_column(node))) - 1;
  size_t end = static_cast<size_t>(std::max(0, cmark_node_get_end_column(node)));
  std::string_view text = draft->prose[static_cast<size_t>(line) - 1];
  const char* literal = cmark_node_get_literal(node);
  if (literal == nullptr || end > text.size() || begin >= end || text.substr(begin, end - begin) != literal) return;
  draft->prose.blank(static_cast<size_t>(line) - 1, begin, end);
  draft->unsearched[static_cast<size_t>(line) - 1] = true;
}

// A link's or image's address is no text of the answer: "(https://x.org/idiot)" after the
// link text, or a whole "<https://...>" autolink, is blanked where cmark's columns, checked
// against the line, show it; anything else is left as it is. The label's columns are the
// ones to trust: cmark places some links on a paragraph's later lines from its first.
void blank_link_address(Draft* draft, cmark_node* node) {
  cmark_node* label = cmark_node_last_child(node);
  if (label == nullptr) return;
  int line = cmark_node_get_end_line(label);
  if (line < 1 || line > static_cast<int>(draft->prose.size()) || cmark_node_get_end_line(node) != line) return;
  std::string_view text = draft->prose[static_cast<size_t>(line) - 1];
  size_t after = static_cast<size_t>(std::max(0, cmark_node_get_end_column(label)));  // past the label
  if (after >= text.size()) return;
  size_t begin = 0;
  size_t end = 0;
  int label_start = cmark_node_get_start_column(label);
  if (text[after] == '>' && cmark_node_get_start_line(label) == line && label_start >= 2 &&
      text[static_cast<size_t>(label_start) - 2] == '<') {
    begin = static_cast<size_t>(label_start) - 2;  // an autolink: all of it
    end = after + 1;
  } else {
    end = static_cast<size_t>(std::max(0, cmark_node_get_end_column(node)));
    if (text[after] != ']' || after + 1 >= end || end > text.size() || text[after + 1] != '(' || text[end - 1] != ')') return;
    begin = after + 1;
  }
  draft->prose.blank(static_cast<size_t>(line) - 1, begin, end);
  draft->unsearched[static_cast<size_t>(line) - 1] = true;
}

}  // namespace prepkit
