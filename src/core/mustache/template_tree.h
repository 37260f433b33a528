// The parsed form of a Mustache template: a tree of nodes with their places, rendered many times.
#pragma once

#include <string>
#include <vector>

namespace prepkit::mustache {

enum class NodeKind { text, variable, section, inverted, partial, parent, block };

struct Node {
  NodeKind kind = NodeKind::text;
  std::string text;  // the literal text of a text node; the tag name of any other node
  int line = 0;      // 1-based place of the tag's opening delimiter, or of the text
  int column = 0;

  bool escaped = true;         // variable: {{name}} escapes HTML, {{{name}}} and {{&name}} do not
  bool dynamic = false;        // partial, parent: {{>*name}} takes the name from the data
  bool standalone = false;     // the tag stood alone on its line, which was removed
  bool at_line_start = false;  // text: the node begins a line of the template
  std::string indent;          // whitespace before a tag that opens its line (kept or removed)

  // Blocks ({{$name}}) only.
  bool argument = false;      // written directly inside a parent tag: an argument to it
  bool pair_on_line = false;  // opens after only whitespace and its end tag ends the line
  bool end_trimmed = false;   // the end tag's leading whitespace was removed
  std::string end_indent;     // that whitespace
  std::string block_indent;   // declaration: indentation given to content that overrides it

  std::vector<Node> children;  // sections, inverted sections, blocks; a parent's arguments
};

struct Template {
  std::string path;
  std::vector<Node> nodes;
};

}  // namespace prepkit::mustache
