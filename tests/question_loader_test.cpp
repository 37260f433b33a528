// Question loader: good files load; broken ones give exact messages at the exact node.
#include <catch2/catch.hpp>

#include "core/bank/question_loader.h"

using namespace prepkit;

namespace {

const char* kGood = R"(id: sample
title: Sample
question: Why?
category: behavioural
tags: [a, b]
template: star
why: Because.
variables:
  - name: role
    choices: [technical, clinical]
    default: clinical
target: {min_words: 10, max_words: 20}
checks:
  - id: named
    kind: require
    any: [nurse]
    message: Name someone.
)";

std::vector<std::string> messages(const std::string& text) {
  std::vector<std::string> out;
  for (const Diagnostic& d : load_question("q.yaml", text).errors) out.push_back(format_diagnostic(d));
  return out;
}

}  // namespace

TEST_CASE("a complete question loads with every field", "[loader]") {
  QuestionLoadResult result = load_question("q.yaml", kGood);
  REQUIRE(result.errors.empty());
  const Question& q = result.question;
  CHECK(q.id == "sample");
  CHECK(q.tags == std::vector<std::string>{"a", "b"});
  CHECK(q.template_name == "star");
  REQUIRE(q.variables.size() == 1);
  CHECK(q.variables[0].default_value == std::optional<std::string>("clinical"));
  CHECK(q.target.min_words == 10);
  CHECK(q.target.max_words == 20);
  REQUIRE(q.checks.size() == 1);
  CHECK(q.checks[0].kind == CheckKind::require);
  CHECK(q.checks[0].severity == Severity::warning);
  CHECK(q.checks[0].line == 14);
}

TEST_CASE("a wrong type is reported at the value's node", "[loader]") {
  std::string text = kGood;
  text.replace(text.find("tags: [a, b]"), 12, "tags: sample");
  CHECK(messages(text) == std::vector<std::string>{"q.yaml:5:7: error: 'tags' must be a list of strings"});
}

TEST_CASE("a misspelt key is reported on its own line with a suggestion", "[loader]") {
  std::string text = kGood;
  text.replace(text.find("tags:"), 5, "tagz:");
  CHECK(messages(text) == std::vector<std::string>{
                              "q.yaml:5:1: error: unknown key 'tagz' in a question (did you mean 'tags'?)"});
}

TEST_CASE("missing required keys are all reported", "[loader]") {
  CHECK(messages("id: x\ntitle: X\n") ==
        std::vector<std::string>{
            "q.yaml:1:1: error: the question is missing the required key 'question'",
            "q.yaml:1:1: error: the question is missing the required key 'category'",
            "q.yaml:1:1: error: the question is missing the required key 'template'",
            "q.yaml:1:1: error: the question is missing the required key 'why'"});
}

TEST_CASE("YAML syntax errors carry a 1-based place", "[loader]") {
  CHECK(messages("id: [unclosed\n") ==
        std::vector<std::string>{"q.yaml:2:1: error: end of sequence flow not found"});
}

TEST_CASE("a default outside the choices is an error", "[loader]") {
  std::string text = kGood;
  text.replace(text.find("default: clinical"), 17, "default: nurse");
  CHECK(messages(text) == std::vector<std::string>{
                              "q.yaml:11:14: error: default 'nurse' is not one of the choices of 'role'"});
}

TEST_CASE("checks are validated by kind", "[loader]") {
  std::string text = kGood;
  text.replace(text.find("kind: require"), 13, "kind: requires");
  CHECK(messages(text) ==
        std::vector<std::string>{"q.yaml:15:11: error: unknown check kind 'requires' (one of require, "
                                 "forbid, count, number, checked)"});
}

TEST_CASE("a file that is not a mapping is refused", "[loader]") {
  CHECK(messages("- a\n- b\n") ==
        std::vector<std::string>{"q.yaml:1:1: error: a question file must be a YAML mapping"});
}
