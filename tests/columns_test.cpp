// Columns count characters, as editors and people do: non-ASCII text before a place, a
// byte-order mark, input errors in the front matter and findings in the body.
#include <catch2/catch.hpp>

#include "core/bank/bank.h"
#include "core/check/check_draft.h"

using namespace prepkit;

namespace {

FileReport check(const std::string& text) {
  static const BankLoadResult loaded = load_bank(BankSources{});
  TemplateCache templates(loaded.bank);
  return check_text("d.md", text, "d", loaded.bank, templates, CheckOptions{});
}

std::string input_error(const std::string& text) {
  FileReport report = check(text);
  return report.input_error ? format_diagnostic(*report.input_error) : "";
}

}  // namespace

TEST_CASE("an invalid byte after a byte-order mark is placed as without one", "[columns]") {
  CHECK(input_error("\xEF\xBB\xBF" "Caf\xE9\n") == "d.md:1:4: error: not valid UTF-8: save the draft as UTF-8");
  CHECK(input_error("Caf\xE9\n") == "d.md:1:4: error: not valid UTF-8: save the draft as UTF-8");
  CHECK(input_error("é\xE9\n") == "d.md:1:2: error: not valid UTF-8: save the draft as UTF-8");
}

TEST_CASE("a front matter value after non-ASCII text is placed in characters", "[columns]") {
  CHECK(input_error("---\nquestion: patient-safety\nvariables: {rôle: technical, role: nurse}\n---\n") ==
        "d.md:3:36: error: 'nurse' is not a choice of 'role' for patient-safety (choose technical, clinical)");
}

TEST_CASE("findings after curly quotes and dashes are placed in characters", "[columns]") {
  FileReport report = check("---\nquestion: patient-safety\n---\n## An example\n\n“Quoted” — then [[a placeholder]]\n");
  std::vector<std::string> placeholders;
  for (const Diagnostic& d : report.diagnostics) {
    if (d.rule == "placeholder") placeholders.push_back(format_diagnostic(d));
  }
  CHECK(placeholders == std::vector<std::string>{
                            "d.md:6:17: error: fill in the placeholder '[[a placeholder]]' [placeholder]"});
}
