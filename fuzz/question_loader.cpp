// Fuzz target: one question file (YAML) through load_question, as `load_bank` reads bank folders.
#include <cstddef>
#include <cstdint>

#include "core/bank/question_loader.h"
#include "core/io/file_io.h"
#include "fuzz/fuzz_input.h"

using namespace prepkit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInputBytes) return 0;  // read_file refuses such files before parsing
  const std::string path = "bank/questions/fuzz.yaml";
  QuestionLoadResult result = load_question(path, fuzz::as_text(data, size));
  for (const Diagnostic& error : result.errors) {
    PREPKIT_FUZZ_REQUIRE(error.path == path && error.line >= 0 && error.column >= 0);
    PREPKIT_FUZZ_REQUIRE(!format_diagnostic(error).empty());
  }
  if (result.errors.empty()) PREPKIT_FUZZ_REQUIRE(result.question.path == path);
  return 0;
}
