// Sample answers by different candidates in different words: the good ones must pass every
// check of the built-in bank; each weak one must trip exactly the rules its
// <!-- expect: ... --> comment names.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "core/bank/bank.h"
#include "core/check/check_draft.h"
#include "core/io/file_io.h"

using namespace prepkit;

namespace {

std::set<std::string> expected_rules(const std::string& text) {
  std::set<std::string> rules;
  size_t start = text.find("<!-- expect:");
  if (start == std::string::npos) return rules;
  size_t end = text.find("-->", start);
  std::istringstream list(text.substr(start + 12, end - start - 12));
  for (std::string rule; std::getline(list, rule, ',');) {
    std::istringstream trimmed(rule);
    trimmed >> rule;
    rules.insert(rule);
  }
  return rules;
}

}  // namespace

TEST_CASE("sample answers: good ones pass, weak ones trip exactly what they should", "[answers]") {
  BankLoadResult loaded = load_bank(BankSources{});
  REQUIRE(loaded.errors.empty());
  TemplateCache templates(loaded.bank);
  std::vector<std::string> files =
      files_with_extension(std::string(PREPKIT_SOURCE_DIR) + "/tests/fixtures/answers", ".md", false);
  REQUIRE(files.size() >= 40);
  for (const std::string& path : files) {
    ReadResult read = read_file(path);
    REQUIRE_FALSE(read.error);
    FileReport report = check_text(path, read.text, "", loaded.bank, templates, CheckOptions{});
    REQUIRE_FALSE(report.input_error);
    std::set<std::string> found;
    std::string listing;
    for (const Diagnostic& d : report.diagnostics) {
      found.insert(d.rule);
      listing += format_diagnostic(d) + "\n";
    }
    INFO(path << "\n" << listing);
    CHECK(found == expected_rules(read.text));
  }
}
