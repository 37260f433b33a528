// Rule fixtures: tests/rules/<name>.md checked against the test bank must give exactly
// tests/rules/<name>.expected (line format). Every rule and check kind needs a fixture and a
// docs page. PREPKIT_UPDATE_GOLDEN=1 rewrites the expected files.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/bank/bank.h"
#include "core/check/check_draft.h"
#include "core/io/file_io.h"
#include "core/rules/rule.h"

using namespace prepkit;

namespace {

const std::string kSource = PREPKIT_SOURCE_DIR;
const std::vector<std::string> kCheckKinds = {"require", "forbid", "count", "number", "checked"};

const Bank& test_bank() {
  static const Bank bank = [] {
    BankSources sources;
    sources.builtin = false;
    sources.bank_dirs = {kSource + "/tests/fixtures/bank"};
    BankLoadResult loaded = load_bank(sources);
    REQUIRE(loaded.errors.empty());
    return loaded.bank;
  }();
  return bank;
}

std::string check_fixture(const std::string& name) {
  std::string path = kSource + "/tests/rules/" + name + ".md";
  ReadResult read = read_file(path);
  REQUIRE_FALSE(read.error);
  TemplateCache templates(test_bank());
  FileReport report = check_text(name + ".md", read.text, "", test_bank(), templates, CheckOptions{});
  REQUIRE_FALSE(report.input_error);
  std::string out;
  for (const Diagnostic& d : report.diagnostics) out += format_diagnostic(d) + "\n";
  return out;
}

void compare_with_expected(const std::string& name) {
  std::string actual = check_fixture(name);
  std::string expected_path = kSource + "/tests/rules/" + name + ".expected";
  if (std::getenv("PREPKIT_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(expected_path) << actual;
  }
  ReadResult expected = read_file(expected_path);
  INFO("fixture " << name);
  REQUIRE_FALSE(expected.error);
  CHECK(actual == expected.text);
}

}  // namespace

TEST_CASE("every rule and check kind has a fixture, an expected result and a docs page", "[rules]") {
  std::vector<std::string> names = kCheckKinds;
  for (const Rule& rule : builtin_rules()) names.emplace_back(rule.id);
  for (const std::string& name : names) {
    INFO("rule " << name);
    CHECK(path_exists(kSource + "/tests/rules/" + name + ".md"));
    CHECK(path_exists(kSource + "/tests/rules/" + name + ".expected"));
    CHECK(path_exists(kSource + "/docs/rules/" + name + ".md"));
  }
}

TEST_CASE("each fixture gives exactly its expected findings", "[rules]") {
  std::vector<std::string> names = {"clean", "directives"};
  names.insert(names.end(), kCheckKinds.begin(), kCheckKinds.end());
  for (const Rule& rule : builtin_rules()) names.emplace_back(rule.id);
  for (const std::string& name : names) compare_with_expected(name);
}

TEST_CASE("each rule's fixture trips that rule", "[rules]") {
  std::vector<std::string> names = kCheckKinds;
  for (const Rule& rule : builtin_rules()) names.emplace_back(rule.id);
  for (const std::string& name : names) {
    std::string rule_id = name;
    for (const Check& check : test_bank().find("sample-star")->checks) {
      if (check_kind_name(check.kind) == name && check.id != "clinical-only") rule_id = check.id;
    }
    INFO("fixture " << name << " should report [" << rule_id << "]");
    CHECK(check_fixture(name).find("[" + rule_id + "]") != std::string::npos);
  }
  CHECK(check_fixture("clean").empty());
}

TEST_CASE("a section that holds only code or a link address is not empty", "[rules]") {
  const std::string draft =
      "---\nquestion: sample-star\n---\n# A sample story\n\n## Situation\n\n<https://wiki.example.org/ward4>\n\n"
      "## Task\n\n`lpadmin -p ward4`\n\n## Action\n\n[the runbook](https://wiki.example.org/runbook)\n\n"
      "## Result\n\n<!-- nothing yet -->\n";
  TemplateCache templates(test_bank());
  FileReport report = check_text("d.md", draft, "", test_bank(), templates, CheckOptions{});
  std::vector<std::string> empty;
  for (const Diagnostic& d : report.diagnostics) {
    if (d.rule == "empty-section") empty.push_back(d.message);
  }
  CHECK(empty == std::vector<std::string>{"section '## Result' is empty: write your answer under it"});
}

TEST_CASE("count's points leave out items nested in another item", "[rules]") {
  const std::string draft =
      "---\nquestion: sample-star\n---\n# A sample story\n\n## Task\n\n"
      "- Find why it stopped\n  - the queue\n  - the driver\n  - the cable\n- Tell them\n";
  TemplateCache templates(test_bank());
  FileReport report = check_text("d.md", draft, "", test_bank(), templates, CheckOptions{});
  bool short_task = false;
  for (const Diagnostic& d : report.diagnostics) short_task = short_task || d.rule == "short-task";
  CHECK_FALSE(short_task);  // 2 points; with the 3 sub-points it would be 5, over the most of 3
}
