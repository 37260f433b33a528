// Fuzz target: a .prepkit.yaml through load_config, as every command reads it at start.
#include <cstddef>
#include <cstdint>

#include "core/config/config.h"
#include "core/io/file_io.h"
#include "fuzz/fuzz_input.h"

using namespace prepkit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInputBytes) return 0;  // read_file refuses such files before parsing
  const std::string path = "project/.prepkit.yaml";
  ConfigResult result = load_config(path, fuzz::as_text(data, size));
  PREPKIT_FUZZ_REQUIRE(result.config.words_per_minute > 0);
  for (const Diagnostic& error : result.errors) {
    PREPKIT_FUZZ_REQUIRE(error.path == path && error.line >= 0 && error.column >= 0);
  }
  return 0;
}
