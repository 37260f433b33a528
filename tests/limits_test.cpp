// Limits on hostile input (docs/limits.md): each one ends in a clear error or a capped result.
#include <catch2/catch.hpp>

#include <sstream>

#include "core/bank/bank.h"
#include "core/bank/question_loader.h"
#include "core/bank/yaml_reader.h"
#include "core/check/check_draft.h"
#include "core/check/finding_limit.h"
#include "core/config/config.h"
#include "core/data/load_data.h"
#include "core/draft/render_draft.h"
#include "core/io/file_io.h"
#include "core/validate/validate_bank.h"

using namespace prepkit;

namespace {

const std::string kHead = "id: q\ntitle: t\nquestion: q\ncategory: c\ntemplate: star\nwhy: w\n";

std::string first_error(const std::vector<Diagnostic>& errors) {
  return errors.empty() ? "" : format_diagnostic(errors.front());
}

}  // namespace

TEST_CASE("findings past 1,000 in one file end in one finding that counts the rest", "[limits]") {
  BankLoadResult loaded = load_bank(BankSources{});
  TemplateCache templates(loaded.bank);
  std::string draft = "---\nquestion: difficult-customer\n---\n";
  for (int i = 0; i < 1500; ++i) draft += "TODO\n";
  FileReport report = check_text("d.md", draft, "d", loaded.bank, templates, CheckOptions{});
  REQUIRE(report.diagnostics.size() == kMaxFindingsPerFile + 1);
  const Diagnostic& last = report.diagnostics.back();
  CHECK(last.rule == "too-many-findings");
  CHECK(last.severity == Severity::error);  // the worst of those left out: exit codes stay
  int before = report.diagnostics[kMaxFindingsPerFile - 1].line;
  CHECK(last.line > before);
  CHECK_THAT(last.message,
             Catch::Matches("[0-9]+ more findings from here on are not shown \\(the limit is 1000 per file\\)"));
  // The same input gives the same output.
  FileReport again = check_text("d.md", draft, "d", loaded.bank, templates, CheckOptions{});
  CHECK(format_diagnostic(again.diagnostics.back()) == format_diagnostic(last));
}

TEST_CASE("standard input past the size limit is refused after reading no more", "[limits]") {
  std::istringstream small("hello");
  CHECK(read_stream(small, "-").text == "hello");
  std::istringstream large(std::string(kMaxInputBytes + 1, 'a'));
  ReadResult read = read_stream(large, "answer.md");
  REQUIRE(read.error);
  CHECK(format_diagnostic(*read.error) ==
        "answer.md: error: standard input is too large (the limit is 1048576 bytes)");
  CHECK(read.text.empty());
}

TEST_CASE("YAML text past 256 KiB is refused before parsing", "[limits]") {
  std::string big = kHead + "why2: " + std::string(kMaxYamlBytes, 'x') + "\n";
  CHECK(first_error(load_question("q.yaml", big).errors) ==
        "q.yaml:1:1: error: YAML text is too large (" + std::to_string(big.size()) +
            " bytes; the limit is 262144 bytes)");
  CHECK(first_error(load_config(".prepkit.yaml", big).errors).find("YAML text is too large") !=
        std::string::npos);
  LoadDataResult data = load_data("d.yaml", big);
  REQUIRE(data.error);
  CHECK_THAT(data.error->message, Catch::StartsWith("YAML data is too large"));
  CHECK_FALSE(load_data("d.json", "[\"" + std::string(kMaxYamlBytes, 'x') + "\"]").error);
}

TEST_CASE("aliases cannot make a question loader read without end", "[limits]") {
  std::string list = "[";
  for (int i = 0; i < 2000; ++i) list += i ? ", a" : "a";
  list += "]";
  std::string text = kHead + "tips: &t " + list + "\ncheck: &c {id: a, kind: forbid, message: m, any: *t}\n";
  text.replace(text.find("check: &c"), 9, "checks: [&c");
  text.pop_back();
  for (int i = 0; i < 99; ++i) text += ", *c";
  text += "]\n";
  QuestionLoadResult loaded = load_question("q.yaml", text);
  // 100 checks of 2,000 phrases each: 200,000 strings, past the budget of 100,000.
  int budget_errors = 0;
  for (const Diagnostic& error : loaded.errors) {
    budget_errors += error.message ==
                     "too much to read: more than 100000 values or 16 MiB once aliases are expanded";
  }
  CHECK(budget_errors == 1);
}

TEST_CASE("a question may have at most 100 checks", "[limits]") {
  std::string text = kHead + "checks:\n";
  for (int i = 0; i <= 100; ++i) text += "  - {id: c" + std::to_string(i) + ", kind: number, message: m}\n";
  CHECK(first_error(load_question("q.yaml", text).errors) ==
        "q.yaml:8:3: error: 101 checks: a question may have at most 100");
}

TEST_CASE("validate refuses more than 64 combinations of variable choices", "[limits]") {
  std::string text = kHead;
  text.replace(text.find("id: q"), 5, "id: many");
  text += "variables:\n";
  for (int i = 0; i < 7; ++i) text += "  - {name: v" + std::to_string(i) + ", choices: [a, b]}\n";
  Bank templates = load_bank(BankSources{}).bank;
  std::vector<Diagnostic> problems = validate_question_files({{"bank/many.yaml", text}}, templates);
  CHECK(first_error(problems) ==
        "bank/many.yaml:1:5: error: the variables' choices make more than 64 combinations to check "
        "the template with");
}

TEST_CASE("YAML data nested past yaml-cpp's guard says how deep it may go", "[limits]") {
  LoadDataResult data = load_data("d.yaml", std::string(5000, '['));
  REQUIRE(data.error);
  CHECK_THAT(data.error->message, Catch::Equals("data nested deeper than 64 levels"));
}

TEST_CASE("a template that renders past 1 MiB is an error, not a draft check would refuse", "[limits]") {
  Bank bank;
  bank.add_builtin_template("big", "{{#tips}}{{.}}\n{{/tips}}");
  Question question;
  question.id = "big";
  question.template_name = "big";
  question.tips.assign(20, std::string(60 * 1024, 'x'));
  RenderedTemplate rendered = render_question_template(question, bank, {});
  REQUIRE(rendered.error);
  CHECK(format_diagnostic(*rendered.error) ==
        "builtin:templates/big.mustache: error: question 'big' renders to 1228820 bytes: a draft may "
        "have at most 1048576");
  CHECK(rendered.text.empty());
}
