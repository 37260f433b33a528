// Fuzz target: `prepkit validate` of a bank folder holding one question file and one template.
// Input: the question's YAML, then the separator line "=====", then the template "fuzz"
// (seeds say `template: fuzz`); the built-in templates are there too, as for the CLI.
#include <cstddef>
#include <cstdint>

#include "core/bank/bank.h"
#include "core/io/file_io.h"
#include "core/validate/validate_bank.h"
#include "fuzz/fuzz_input.h"

using namespace prepkit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Bank templates = [] {
    BankSources sources;  // as validate_banks: the built-in templates come last in the search
    return load_bank(sources).bank;
  }();
  auto [question, template_text] = fuzz::split_input(fuzz::as_text(data, size));
  if (question.size() > kMaxInputBytes || template_text.size() > kMaxInputBytes) return 0;
  templates.add_builtin_template("fuzz", template_text);
  const std::string path = "bank/questions/fuzz.yaml";
  std::vector<Diagnostic> problems = validate_question_files({{path, question}}, templates);
  for (const Diagnostic& problem : problems) {
    PREPKIT_FUZZ_REQUIRE(problem.severity == Severity::error && !problem.message.empty());
  }
  return 0;
}
