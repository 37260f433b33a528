// What the draft's prose twin leaves out besides comments and front matter: code, link
// addresses and reference definitions, ordered list markers; blanked to spaces where
// cmark-gfm found them.
#pragma once

#include <cmark-gfm.h>

#include <vector>

#include "core/markdown/draft.h"

namespace prepkit {

// Every line of a code block (lines first to last, 1-based), marked as code.
void blank_code_block(Draft* draft, int first, int last);

// A code span's text (its backticks stay), when it sits on one line where cmark says.
void blank_code_span(Draft* draft, cmark_node* span);

// A link's or image's "(address)", or a whole "<https://...>" autolink; the link text stays.
void blank_link_address(Draft* draft, cmark_node* link);

// Link reference definitions ("[notes]: https://wiki/TODO"): the lines that no leaf block
// holds (`in_leaf`, 0-based) and that read "[label]:" after any quote or list markers.
void blank_reference_definitions(Draft* draft, const std::vector<bool>& in_leaf);
// An ordered list item's marker ("1.", "2)").
void blank_ordered_marker(Draft* draft, const ListItem& item);

}  // namespace prepkit
