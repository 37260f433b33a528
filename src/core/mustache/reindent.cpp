// Block reindentation (inheritance spec): a block passed to a parent loses the indentation it has
// where it is written and takes the indentation of the block it replaces in the parent.
#include "core/mustache/parse_steps.h"

namespace prepkit::mustache {
namespace {

std::string leading_blanks(std::string_view text) {
  std::size_t end = text.find_first_not_of(" \t");
  return std::string(text.substr(0, end == std::string_view::npos ? text.size() : end));
}

// How many characters of `prefix` start `text` at `pos`.
std::size_t matching_prefix(std::string_view text, std::size_t pos, std::string_view prefix) {
  std::size_t count = 0;
  while (count < prefix.size() && pos + count < text.size() && text[pos + count] == prefix[count]) {
    ++count;
  }
  return count;
}

// Removes as much of `prefix` as matches from the start of each line of `text`.
std::string strip_lines(const std::string& text, bool starts_line, std::string_view prefix) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  bool line_start = starts_line;
  while (pos < text.size()) {
    if (line_start) pos += matching_prefix(text, pos, prefix);
    std::size_t newline = text.find('\n', pos);
    std::size_t stop = newline == std::string::npos ? text.size() : newline + 1;
    out.append(text, pos, stop - pos);
    pos = stop;
    line_start = true;
  }
  return out;
}

void strip_indent(std::vector<Node>* nodes, std::string_view prefix) {
  for (Node& node : *nodes) {
    if (node.kind == NodeKind::text) {
      node.text = strip_lines(node.text, node.at_line_start, prefix);
      continue;
    }
    node.indent.erase(0, matching_prefix(node.indent, 0, prefix));
    node.end_indent.erase(0, matching_prefix(node.end_indent, 0, prefix));
    strip_indent(&node.children, prefix);
  }
}

// The indentation of a block's content: that of its first line, or of its end tag when empty.
std::string intrinsic_indent(const Node& block) {
  if (block.children.empty()) return block.end_trimmed ? block.end_indent : block.indent;
  const Node& first = block.children.front();
  if (first.kind == NodeKind::text) return first.at_line_start ? leading_blanks(first.text) : "";
  return first.standalone ? first.indent : "";
}

}  // namespace

void reindent(std::vector<Node>* nodes) {
  for (Node& node : *nodes) {
    if (node.kind == NodeKind::block && node.argument) {
      if (node.standalone) {
        std::string prefix = intrinsic_indent(node);
        if (!prefix.empty()) strip_indent(&node.children, prefix);
      }
    } else if (node.kind == NodeKind::block) {
      if (node.standalone) {
        node.block_indent = intrinsic_indent(node);
      } else if (node.pair_on_line) {
        node.block_indent = node.indent;
      }
    }
    reindent(&node.children);
  }
}

}  // namespace prepkit::mustache
