// Inline switches in drafts: <!-- prepkit-disable RULE... -->, <!-- prepkit-enable RULE... -->
// and <!-- prepkit-disable-next-line RULE... --> (no rule named: every rule).
#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "core/markdown/draft.h"

namespace prepkit {

// Removes the findings that the draft's comments switch off.
void apply_directives(const Draft& draft, std::vector<Diagnostic>* findings);

}  // namespace prepkit
