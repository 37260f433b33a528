// A "[[...]]" placeholder that an editor wrapped onto the next lines of its paragraph: one
// marker with a span on each of its lines (the prose helpers find the rest).
#pragma once

#include <cstddef>

#include "core/check/prose.h"

namespace prepkit {

// Joins a "[[" left open at the end of line `first` (0-based) to the "]]" that closes it on
// one of the next lines of the same paragraph (no blank line, heading or new list item
// between, five lines in all at most), if one does before any other "[[" opens: a span on
// each line, the later ones marked `continues`.
void join_wrapped_placeholder(const Draft& draft, size_t first, LinePlaceholders* placeholders);

}  // namespace prepkit
