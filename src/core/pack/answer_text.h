// The candidate's answer as it goes into a pack: a draft's Markdown without its front matter,
// guidance comments and the template's title lines, with its headings moved down.
#pragma once

#include <string>

#include "core/bank/question.h"

namespace prepkit {

// Removes the front matter, every HTML comment (lines left empty by that go too), a leading
// level-1 heading with the quoted question under it (when it quotes `question`), and moves
// each heading `heading_shift` levels down (at most to level 6; setext headings become ATX).
// The rest is the candidate's Markdown as written, ending in one newline (or empty).
std::string answer_markdown(const std::string& text, const Question& question, int heading_shift);

// False when Markdown holds nothing of the candidate's own: only headings, checklist items,
// placeholders, list markers and blank lines (a draft not yet written in).
bool has_content(const std::string& markdown);

}  // namespace prepkit
