// check_files hands reports on in path order, with the same content whatever the number of
// jobs, also when there are many more files than reports it lets wait.
#include "core/check/check_files.h"

#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>

#include "core/bank/bank.h"

using namespace prepkit;

namespace {

const Bank& builtin_bank() {
  static const Bank bank = [] {
    BankLoadResult loaded = load_bank(BankSources{});
    REQUIRE(loaded.errors.empty());
    return loaded.bank;
  }();
  return bank;
}

// `count` drafts in a scrambled order: some fine, some with findings, some empty (unusable).
std::vector<DraftInput> scrambled_drafts(size_t count) {
  std::vector<DraftInput> inputs;
  for (size_t i = 0; i < count; ++i) {
    size_t n = (i * 7919) % count;
    std::string text =
        n % 5 == 0 ? "" : "---\nquestion: difficult-customer\n---\n## Situation\n\nTODO\n";
    inputs.push_back({fmt::format("drafts/{:05}.md", n), text, true});
  }
  return inputs;
}

// One line per report: its path, then its input error or findings.
std::vector<std::string> checked(const std::vector<DraftInput>& inputs, int jobs) {
  std::vector<std::string> lines;
  check_files(inputs, builtin_bank(), CheckOptions{}, jobs, [&](FileReport&& report) {
    std::string line = report.path;
    if (report.input_error) line += " | " + format_diagnostic(*report.input_error);
    for (const Diagnostic& d : report.diagnostics) line += " | " + format_diagnostic(d);
    lines.push_back(line);
  });
  return lines;
}

}  // namespace

TEST_CASE("check_files: reports come in path order, the same with one job or many", "[check]") {
  std::vector<DraftInput> inputs = scrambled_drafts(1000);  // more than 64 per thread
  std::vector<std::string> one_job = checked(inputs, 1);
  REQUIRE(one_job.size() == inputs.size());
  CHECK(std::is_sorted(one_job.begin(), one_job.end()));
  CHECK(one_job.front().rfind("drafts/00000.md | drafts/00000.md: error: file is empty", 0) == 0);
  CHECK(checked(inputs, 4) == one_job);
  CHECK(checked(inputs, 0) == one_job);
}
