// What each line of a draft's sections holds once placeholders, list markers and spacing are
// set aside: nothing, the template's own guidance text, or words of the candidate's own.
#pragma once

#include <cstdint>
#include <vector>

#include "core/check/prose.h"
#include "core/check/template_model.h"
#include "core/markdown/draft.h"

namespace prepkit {

enum class LineContent : uint8_t {
  none,           // no letter or digit: blank, only placeholders or markers; or not prose
  template_text,  // a line of guidance the template puts in this section, left as it was
  own,            // words of the candidate's own
};

// Per line of the draft (index: line - 1), found once and shared by the rules. Lines outside
// sections, headings and task items are `none`; so are lines of sections the template lacks.
using LineContents = std::vector<LineContent>;
LineContents classify_lines(const Draft& draft, const LinePlaceholders& placeholders,
                            const TemplateModel& model);

}  // namespace prepkit
