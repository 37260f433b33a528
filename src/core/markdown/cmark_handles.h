// Owning handles for cmark-gfm objects, and the one place its extensions are registered.
#pragma once

#include <cmark-gfm.h>

#include <memory>

namespace prepkit {

struct CmarkParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct CmarkNodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct CmarkIterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

using CmarkParser = std::unique_ptr<cmark_parser, CmarkParserDeleter>;
using CmarkNode = std::unique_ptr<cmark_node, CmarkNodeDeleter>;
using CmarkIter = std::unique_ptr<cmark_iter, CmarkIterDeleter>;

// Registers the GFM extensions once per process (cmark's registry is not thread-safe).
void ensure_cmark_extensions();

}  // namespace prepkit
