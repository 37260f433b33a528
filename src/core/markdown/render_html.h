// Markdown to HTML with cmark-gfm and the GitHub extensions, for documents such as the pack.
#pragma once

#include <string>

namespace prepkit {

// Renders CommonMark with GitHub tables, strikethrough, autolinks and task lists. Safe mode:
// raw HTML in the input is left out and images become links to them, so any text can be
// rendered into a page that loads nothing from elsewhere.
std::string markdown_to_html(const std::string& markdown);

}  // namespace prepkit
