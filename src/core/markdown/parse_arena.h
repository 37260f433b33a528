// Memory for cmark while it parses one draft: a per-thread arena that hands out memory by
// bumping a pointer, never frees piece by piece, and is emptied (not returned) after the parse.
#pragma once

#include <cmark-gfm.h>

namespace prepkit {

// The calling thread's arena as a cmark allocator.
cmark_mem* parse_arena();

// Forgets everything parse_arena() handed out on this thread; the parse's tree must be
// dead. Keeps one block for the next parse, so memory stays flat.
void reset_parse_arena();

}  // namespace prepkit
