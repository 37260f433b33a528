// One registration of cmark-gfm's extensions for every parser in the process.
#include "core/markdown/cmark_handles.h"

#include <cmark-gfm-core-extensions.h>

#include <mutex>

namespace prepkit {

void ensure_cmark_extensions() {
  static std::once_flag registered;
  std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
}

}  // namespace prepkit
