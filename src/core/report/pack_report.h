// The pack document in its output formats: Markdown and a standalone, printable HTML page.
#pragma once

#include <string>

#include "core/pack/pack.h"

namespace prepkit {

// Title, contents, then per question: the question, why it is asked, the key tips and the
// answer; the questions without a draft at the end.
std::string pack_markdown(const PackDocument& document);

// The same as one HTML file: inline CSS, no script, nothing loaded from elsewhere; each
// question starts a new page when printed.
std::string pack_html(const PackDocument& document);

// The stylesheet of pack_html (screen and print).
std::string_view pack_stylesheet();

}  // namespace prepkit
