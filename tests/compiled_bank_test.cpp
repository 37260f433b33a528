// The compiled built-in bank: every question equals, field by field, what load_question makes
// of its YAML; and the CBOR round trip keeps every field of a question that sets them all.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/bank/bank.h"
#include "core/bank/question_cbor.h"
#include "core/bank/question_loader.h"
#include "core/builtin_files.h"
#include "core/compiled_bank.h"

using namespace prepkit;

namespace {

void require_same(const Variable& a, const Variable& b) {
  CHECK(a.name == b.name);
  CHECK(a.prompt == b.prompt);
  CHECK(a.choices == b.choices);
  CHECK(a.default_value == b.default_value);
}

void require_same(const Check& a, const Check& b) {
  INFO("check " << b.id);
  CHECK(a.id == b.id);
  CHECK(a.kind == b.kind);
  CHECK(a.severity == b.severity);
  CHECK(a.message == b.message);
  CHECK(a.sections == b.sections);
  CHECK(a.any == b.any);
  CHECK(a.what == b.what);
  CHECK(a.min == b.min);
  CHECK(a.max == b.max);
  CHECK(a.items == b.items);
  CHECK(a.when == b.when);
  CHECK(a.line == b.line);
  CHECK(a.column == b.column);
}

void require_same(const Question& a, const Question& b) {
  INFO("question " << b.path);
  CHECK(a.id == b.id);
  CHECK(a.title == b.title);
  CHECK(a.question == b.question);
  CHECK(a.category == b.category);
  CHECK(a.tags == b.tags);
  CHECK(a.template_name == b.template_name);
  CHECK(a.why == b.why);
  CHECK(a.look_for == b.look_for);
  CHECK(a.tips == b.tips);
  CHECK(a.pitfalls == b.pitfalls);
  REQUIRE(a.variables.size() == b.variables.size());
  for (std::size_t i = 0; i < a.variables.size(); ++i) require_same(a.variables[i], b.variables[i]);
  CHECK(a.target.min_words == b.target.min_words);
  CHECK(a.target.max_words == b.target.max_words);
  CHECK(a.target.min_seconds == b.target.min_seconds);
  CHECK(a.target.max_seconds == b.target.max_seconds);
  REQUIRE(a.checks.size() == b.checks.size());
  for (std::size_t i = 0; i < a.checks.size(); ++i) require_same(a.checks[i], b.checks[i]);
  CHECK(a.path == b.path);
  CHECK(a.id_line == b.id_line);
  CHECK(a.id_column == b.id_column);
}

std::vector<Question> questions_from_yaml() {
  std::vector<Question> questions;
  for (const EmbeddedFile& file : builtin_question_files()) {
    QuestionLoadResult loaded = load_question(file.path, file.text);
    INFO(file.path);
    REQUIRE(loaded.errors.empty());
    questions.push_back(std::move(loaded.question));
  }
  return questions;
}

}  // namespace

TEST_CASE("the compiled bank holds every built-in question as its YAML loads", "[compiled-bank]") {
  std::vector<Question> yaml = questions_from_yaml();
  std::vector<Question> compiled = questions_from_cbor(compiled_bank_cbor());
  REQUIRE(yaml.size() >= 40);
  REQUIRE(compiled.size() == yaml.size());
  for (std::size_t i = 0; i < yaml.size(); ++i) require_same(compiled[i], yaml[i]);
}

TEST_CASE("load_bank gives the compiled built-in questions, sorted by id", "[compiled-bank]") {
  std::vector<Question> yaml = questions_from_yaml();
  std::sort(yaml.begin(), yaml.end(), [](const Question& a, const Question& b) { return a.id < b.id; });
  BankLoadResult loaded = load_bank(BankSources{});
  REQUIRE(loaded.errors.empty());
  REQUIRE(loaded.bank.questions().size() == yaml.size());
  for (std::size_t i = 0; i < yaml.size(); ++i) require_same(loaded.bank.questions()[i], yaml[i]);
}

TEST_CASE("the CBOR round trip keeps every field", "[compiled-bank]") {
  Question q;
  q.id = "every-field";
  q.title = "Title";
  q.question = "Question?";
  q.category = "technical";
  q.tags = {"a", "b"};
  q.template_name = "star";
  q.why = "Why.";
  q.look_for = {"look"};
  q.tips = {"tip"};
  q.pitfalls = {"pitfall"};
  q.variables = {{"role", "Which role?", {"x", "y"}, std::string("y")}, {"site", "", {}, std::nullopt}};
  q.target = {1, 2, 3, 4};
  Check c;
  c.id = "count-it";
  c.kind = CheckKind::count;
  c.severity = Severity::suggestion;
  c.message = "Count.";
  c.sections = {"Action"};
  c.any = {"phrase"};
  c.what = "words";
  c.min = 0;
  c.max = 9;
  c.items = {"item"};
  c.when = {{"role", "x"}};
  c.line = 12;
  c.column = 5;
  Check plain;
  plain.id = "plain";
  plain.kind = CheckKind::checked;
  plain.severity = Severity::error;
  q.checks = {c, plain};
  q.path = "bank/every-field.yaml";
  q.id_line = 7;
  q.id_column = 3;
  std::vector<Question> back = questions_from_cbor(
      [&] {
        std::vector<std::uint8_t> bytes = questions_to_cbor({q});
        return std::string(bytes.begin(), bytes.end());
      }());
  REQUIRE(back.size() == 1);
  require_same(back[0], q);
}
