// The built-in questions compiled at build time (src/tools/compile_bank.cpp), as CBOR bytes.
#pragma once

#include <string_view>

namespace prepkit {

// Defined in the generated compiled_bank.cpp; questions_from_cbor reads it. The YAML the
// questions were compiled from stays in builtin_files().
std::string_view compiled_bank_cbor();

}  // namespace prepkit
