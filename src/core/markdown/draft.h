// The draft model: a Markdown file seen as front matter, sections, checklist items and the
// candidate's own text, every part with its 1-based line and column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/markdown/lines.h"

namespace prepkit {

struct FrontMatter {
  bool present = false;
  std::string text;    // the YAML between the two '---' lines
  int first_line = 0;  // line of the opening '---'
  int last_line = 0;   // line of the closing '---'
};

struct Heading {
  int level = 0;
  std::string text;  // trimmed
  int line = 0;
  int column = 0;
  int last_line = 0;  // the underline of a setext heading
  bool nested = false;  // inside a block quote or a list item: quoted, it starts no section
};

struct ListItem {
  int line = 0;
  int column = 0;      // of the list marker
  int last_line = 0;
  bool task = false;   // a GitHub task list item
  bool checked = false;
  bool nested = false; // inside another list item
  std::string text;    // a task item's text, trimmed
};

// A level-2 heading and the lines up to the next heading of level 1 or 2, both outside block
// quotes and lists.
struct Section {
  Heading heading;
  int first_body_line = 0;
  int last_body_line = 0;  // inclusive; less than first_body_line when the body is empty
};

// An HTML comment, for inline directives such as <!-- prepkit-disable placeholder -->.
struct Comment {
  int line = 0;
  int column = 0;
  int last_line = 0;
  int last_column = 0;  // of the closing '>' of '-->'
  std::string text;  // between '<!--' and '-->', trimmed
};

struct Draft {
  Lines lines;                      // source lines, without BOM and line endings
  // The same lines with front matter, HTML comments, code blocks, code spans, link addresses
  // and ordered list markers ("1.") blanked to spaces, so searches see only prose while
  // columns stay true.
  Lines prose;
  FrontMatter front_matter;
  std::vector<Heading> headings;    // every heading, in order
  std::vector<Section> sections;    // level-2 headings, in order
  std::vector<ListItem> items;      // every list item, in order
  std::vector<Comment> comments;
  std::vector<bool> structure;      // per line (0-based): a heading or a task list item
  std::vector<bool> unsearched;     // per line (0-based): code, a link address or a reference
                                    // definition blanked from it
};

// A line that opens or closes front matter: "---", with nothing but white space after it.
bool is_front_matter_fence(std::string_view line);

// Parses Markdown (CommonMark + GitHub task lists). Never fails: any bytes give a model.
Draft parse_draft(std::string text);  // taken, not copied, when the caller gives it up

// The line's prose (1-based line number); empty for lines outside the file.
inline std::string_view prose_line(const Draft& draft, int line) {
  if (line < 1 || line > static_cast<int>(draft.prose.size())) return {};
  return draft.prose[static_cast<size_t>(line) - 1];
}

// The list item that starts on this 1-based line, if one does.
const ListItem* item_at(const Draft& draft, int line);

// True for lines that hold a heading or a task list item (not the candidate's prose).
inline bool is_structure_line(const Draft& draft, int line) {
  return line >= 1 && line <= static_cast<int>(draft.structure.size()) &&
         draft.structure[static_cast<size_t>(line) - 1];
}

}  // namespace prepkit
