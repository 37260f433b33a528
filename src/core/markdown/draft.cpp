// Draft model on cmark-gfm: front matter, headings, sections, list and task items, comments.
#include "core/markdown/draft.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <utility>

#include "core/markdown/cmark_handles.h"
#include "core/markdown/lines.h"
#include "core/markdown/not_prose.h"
#include "core/markdown/parse_arena.h"

namespace prepkit {
namespace {

void find_front_matter(Draft* draft) {
  if (draft->lines.empty() || !is_front_matter_fence(draft->lines[0])) return;
  for (size_t i = 1; i < draft->lines.size(); ++i) {
    if (!is_front_matter_fence(draft->lines[i])) continue;
    FrontMatter& fm = draft->front_matter;
    fm.present = true;
    fm.first_line = 1;
    fm.last_line = static_cast<int>(i) + 1;
    for (size_t j = 1; j < i; ++j) fm.text.append(draft->lines[j]).push_back('\n');
    for (size_t j = 0; j <= i; ++j) draft->prose.fill(j);
    return;
  }
}

// Feeds cmark the source from its first line on, with front matter lines as empty ones (cmark
// reads every line ending the draft model does): the lines after the front matter go from the
// draft's own text, uncopied.
void feed_markdown_body(const Draft& draft, cmark_parser* parser) {
  const Lines& lines = draft.lines;
  if (lines.empty()) return;
  auto skipped = static_cast<size_t>(draft.front_matter.last_line);
  if (skipped > 0) {
    std::string empty_lines(skipped, '\n');
    cmark_parser_feed(parser, empty_lines.data(), empty_lines.size());
  }
  if (skipped < lines.size()) {
    std::string_view rest = std::string_view(lines.text()).substr(lines.offset(skipped));
    cmark_parser_feed(parser, rest.data(), rest.size());
  }
}

// Plain text of a node's inline content (text and code spans, breaks as spaces).
std::string node_text(cmark_node* node) {
  std::string text;
  CmarkIter iter(cmark_iter_new(node));
  for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* current = cmark_iter_get_node(iter.get());
    switch (cmark_node_get_type(current)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE: text += cmark_node_get_literal(current); break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK: text += ' '; break;
      default: break;
    }
  }
  trim_in_place(&text);
  return text;
}

bool is_setext_underline(std::string_view line) {
  // Inside a block quote the underline follows its markers: "> ---" (found by fuzz_draft).
  size_t start = line.find_first_not_of("> \t");
  std::string_view text = start == std::string_view::npos ? "" : trim_view(line.substr(start));
  return !text.empty() && (text.find_first_not_of('=') == std::string_view::npos ||
                           text.find_first_not_of('-') == std::string_view::npos);
}

// cmark reports a setext heading as ending one line past its underline: find the underline.
int heading_last_line(const Draft& draft, int first, int reported_last) {
  std::string_view opening = draft.lines[static_cast<size_t>(first) - 1];
  if (trim_view(opening).substr(0, 1) == "#") return first;
  for (int line = first + 1; line <= reported_last && line <= static_cast<int>(draft.lines.size()); ++line) {
    if (is_setext_underline(draft.lines[static_cast<size_t>(line) - 1])) return line;
  }
  return reported_last;
}

bool in_block_quote(cmark_node* node) {
  for (cmark_node* up = cmark_node_parent(node); up != nullptr; up = cmark_node_parent(up)) {
    if (cmark_node_get_type(up) == CMARK_NODE_BLOCK_QUOTE) return true;
  }
  return false;
}

// cmark-gfm's tasklist extension does not see task items in a block quote ("> - [ ] x");
// GitHub renders them as task items, and so does prepkit: a quoted item whose source text
// starts with "[ ] ", "[x] " or "[X] " (not an escaped "\[ ]" or a code span). Returns false
// for any other item.
bool quoted_task(const Draft& draft, cmark_node* node, ListItem* item) {
  cmark_node* first = cmark_node_first_child(node);
  if (first == nullptr || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH || !in_block_quote(node)) return false;
  int line = cmark_node_get_start_line(first);
  int column = cmark_node_get_start_column(first);
  if (line < 1 || line > static_cast<int>(draft.lines.size()) || column < 1) return false;
  std::string_view source = draft.lines[static_cast<size_t>(line) - 1];
  if (static_cast<size_t>(column) > source.size()) return false;
  std::string_view text = source.substr(static_cast<size_t>(column) - 1);
  if (text.size() < 4 || text[0] != '[' || text[2] != ']' || text[3] != ' ') return false;
  if (text[1] != ' ' && text[1] != 'x' && text[1] != 'X') return false;
  item->checked = text[1] != ' ';
  std::string rest = node_text(first);
  item->text = trim_view(std::string_view(rest).substr(std::min<size_t>(3, rest.size())));
  return true;
}

void add_item(Draft* draft, cmark_node* node) {
  ListItem item;
  item.line = cmark_node_get_start_line(node);
  item.column = cmark_node_get_start_column(node);
  item.last_line = cmark_node_get_end_line(node);
  cmark_node* list = cmark_node_parent(node);
  item.nested = list != nullptr && cmark_node_parent(list) != nullptr &&
                cmark_node_get_type(cmark_node_parent(list)) == CMARK_NODE_ITEM;
  const char* type = cmark_node_get_type_string(node);
  item.task = type != nullptr && std::strcmp(type, "tasklist") == 0;
  if (item.task) {
    item.checked = cmark_gfm_extensions_get_tasklist_item_checked(node);
    cmark_node* first = cmark_node_first_child(node);
    if (first != nullptr) item.text = node_text(first);
  } else {
    item.task = quoted_task(*draft, node, &item);
  }
  blank_ordered_marker(draft, item);
  draft->items.push_back(std::move(item));
}

// Marks the lines of a leaf block: text, a heading, code, HTML or a rule. The lines no leaf
// holds are blank, container markers, or link reference definitions, which cmark keeps no
// node for.
void mark_leaf(cmark_node* node, std::vector<bool>* in_leaf) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK: break;
    default: return;
  }
  int last = std::min(cmark_node_get_end_line(node), static_cast<int>(in_leaf->size()));
  for (int line = std::max(1, cmark_node_get_start_line(node)); line <= last; ++line) {
    (*in_leaf)[static_cast<size_t>(line) - 1] = true;
  }
}

void visit(Draft* draft, cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HEADING: {
      Heading heading;
      heading.level = cmark_node_get_heading_level(node);
      heading.text = node_text(node);
      heading.line = cmark_node_get_start_line(node);
      heading.column = cmark_node_get_start_column(node);
      heading.last_line = heading_last_line(*draft, heading.line, cmark_node_get_end_line(node));
      heading.nested = cmark_node_get_type(cmark_node_parent(node)) != CMARK_NODE_DOCUMENT;
      draft->headings.push_back(std::move(heading));
      break;
    }
    case CMARK_NODE_ITEM: add_item(draft, node); break;
    case CMARK_NODE_CODE_BLOCK:
      blank_code_block(draft, cmark_node_get_start_line(node), cmark_node_get_end_line(node));
      break;
    case CMARK_NODE_CODE: blank_code_span(draft, node); break;
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE: blank_link_address(draft, node); break;
    default: break;
  }
}

// Empties the parse arena when a parse is done: the parser and its tree live there.
struct ArenaReset {
  ~ArenaReset() { reset_parse_arena(); }
};

void walk_markdown(Draft* draft) {
  ensure_cmark_extensions();
  ArenaReset reset;
  cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, parse_arena());
  cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("tasklist"));
  feed_markdown_body(*draft, parser);
  cmark_iter* iter = cmark_iter_new(cmark_parser_finish(parser));
  // Reference definitions need every leaf block's lines; most drafts hold no "]:" at all.
  bool definitions = draft->prose.text().find("]:") != std::string::npos;
  std::vector<bool> in_leaf(definitions ? draft->lines.size() : 0, false);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    visit(draft, cmark_iter_get_node(iter));
    if (definitions) mark_leaf(cmark_iter_get_node(iter), &in_leaf);
  }
  if (definitions) blank_reference_definitions(draft, in_leaf);
}

// The text of a comment that closes at `stop` on line `last` (0-based): its lines' pieces
// joined by '\n', trimmed, in one allocation.
std::string comment_text(const Draft& draft, const Comment& comment, size_t last, size_t stop) {
  auto first = static_cast<size_t>(comment.line) - 1;
  auto piece = [&](size_t line) {
    std::string_view text = draft.lines[line];
    size_t from = line == first ? static_cast<size_t>(comment.column) - 1 + 4 : 0;  // past "<!--"
    return text.substr(std::min(from, text.size()), (line == last ? stop : text.size()) - std::min(from, text.size()));
  };
  size_t size = 0;
  for (size_t line = first; line <= last; ++line) size += piece(line).size() + 1;
  std::string text;
  text.reserve(size);
  for (size_t line = first; line <= last; ++line) {
    if (line > first) text += '\n';
    text.append(piece(line));
  }
  trim_in_place(&text);
  return text;
}

// Finds <!-- ... --> in the prose (code already blanked), records and blanks each.
void find_comments(Draft* draft) {
  Comment open;
  bool inside = false;
  // Most lines open no comment: "<!--" is found in the whole text, and looked for again only
  // once passed, instead of searched for on every line. Blanking as comments are found only
  // changes the line at hand.
  const std::string& text = draft->prose.text();
  size_t next_open = text.find("<!--");
  for (size_t i = 0; i < draft->prose.size(); ++i) {
    if (!inside) {
      size_t begin = draft->prose.offset(i);
      if (next_open < begin) next_open = text.find("<!--", begin);
      if (next_open == std::string::npos) break;
      if (next_open >= begin + draft->prose[i].size()) continue;
    }
    std::string_view line = draft->prose[i];
    size_t pos = 0;
    while (pos < line.size()) {
      if (!inside) {
        size_t start = line.find("<!--", pos);
        if (start == std::string_view::npos) break;
        open = Comment{static_cast<int>(i) + 1, static_cast<int>(start) + 1, 0, 0, ""};
        inside = true;
        pos = start + 4;
        draft->prose.blank(i, start, pos);
        continue;
      }
      size_t end = line.find("-->", pos);
      size_t stop = end == std::string_view::npos ? line.size() : end;
      draft->prose.blank(i, pos, end == std::string_view::npos ? stop : end + 3);
      if (end == std::string_view::npos) break;
      open.last_line = static_cast<int>(i) + 1;
      open.last_column = static_cast<int>(end) + 3;
      open.text = comment_text(*draft, open, i, end);
      draft->comments.push_back(std::move(open));  // `open` is assigned afresh before any use
      inside = false;
      pos = end + 3;
    }
  }
}

void find_sections(Draft* draft) {
  const auto& headings = draft->headings;
  int last_line = static_cast<int>(draft->lines.size());
  for (size_t i = 0; i < headings.size(); ++i) {
    if (headings[i].level != 2 || headings[i].nested) continue;
    Section section;
    section.heading = headings[i];
    section.first_body_line = headings[i].last_line + 1;
    section.last_body_line = last_line;
    for (size_t j = i + 1; j < headings.size(); ++j) {
      if (headings[j].level <= 2 && !headings[j].nested) {
        section.last_body_line = headings[j].line - 1;
        break;
      }
    }
    draft->sections.push_back(std::move(section));
  }
}

void mark_structure(Draft* draft) {
  draft->structure.assign(draft->lines.size(), false);
  auto mark = [&](int first, int last) {
    for (int line = std::max(first, 1); line <= last && line <= static_cast<int>(draft->lines.size()); ++line) {
      draft->structure[line - 1] = true;
    }
  };
  for (const Heading& h : draft->headings) mark(h.line, h.last_line);
  for (const ListItem& item : draft->items) {
    if (item.task) mark(item.line, item.last_line);
  }
}

}  // namespace

const ListItem* item_at(const Draft& draft, int line) {
  auto item = std::lower_bound(draft.items.begin(), draft.items.end(), line,
                               [](const ListItem& it, int l) { return it.line < l; });
  return item != draft.items.end() && item->line == line ? &*item : nullptr;
}

bool is_front_matter_fence(std::string_view line) {
  return line.substr(0, 3) == "---" && trim_view(line.substr(3)).empty();
}

Draft parse_draft(std::string text) {
  Draft draft;
  draft.lines = Lines(std::move(text));
  draft.prose = draft.lines;
  draft.unsearched.assign(draft.lines.size(), false);
  // Room for the parts of a usual draft, so that they are not moved as they are found.
  constexpr size_t kUsualParts = 16;
  draft.headings.reserve(kUsualParts);
  draft.sections.reserve(kUsualParts);
  draft.comments.reserve(kUsualParts);
  draft.items.reserve(kUsualParts);
  find_front_matter(&draft);
  walk_markdown(&draft);
  find_comments(&draft);
  find_sections(&draft);
  mark_structure(&draft);
  return draft;
}

}  // namespace prepkit
