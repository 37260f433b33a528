// load_data: YAML and JSON data files become the JSON model, with exact error places and limits.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "core/data/load_data.h"

namespace {

using nlohmann::json;
using prepkit::format_diagnostic;
using prepkit::load_data;
using prepkit::LoadDataResult;

std::string error_text(const LoadDataResult& result) {
  return result.error ? format_diagnostic(*result.error) : "(no error)";
}

std::string nested_lists(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

TEST_CASE("load_data: YAML plain scalars are typed, quoted ones stay strings", "[load_data]") {
  LoadDataResult result = load_data("d.yaml", R"(name: Ada
quoted: "42"
single: 'true'
count: 42
plus: +3
negative: -7
huge: 18446744073709551615
hex: 0x1F
octal: 0o17
ratio: 1.5
exponent: 2e3
point: .5
yes_bool: true
no_bool: FALSE
nothing: null
tilde: ~
empty:
quoted_null: "null"
word: yes
version: 1.2.3
text: |
  12
tagged: !!str 7
list: [1, two, "3"]
map: {k: v, n: 2}
)");
  REQUIRE_FALSE(result.error);
  const json& v = result.value;
  CHECK(v["name"] == "Ada");
  CHECK(v["quoted"] == "42");
  CHECK(v["single"] == "true");
  CHECK(v["count"].is_number_integer());
  CHECK(v["count"] == 42);
  CHECK(v["plus"] == 3);
  CHECK(v["negative"] == -7);
  CHECK(v["huge"].is_number_unsigned());
  CHECK(v["huge"] == 18446744073709551615ULL);
  CHECK(v["hex"] == 31);
  CHECK(v["octal"] == 15);
  CHECK(v["ratio"].is_number_float());
  CHECK(v["ratio"] == 1.5);
  CHECK(v["exponent"] == 2000.0);
  CHECK(v["point"] == 0.5);
  CHECK(v["yes_bool"] == true);
  CHECK(v["no_bool"] == false);
  CHECK(v["nothing"].is_null());
  CHECK(v["tilde"].is_null());
  CHECK(v["empty"].is_null());
  CHECK(v["quoted_null"] == "null");
  CHECK(v["word"] == "yes");
  CHECK(v["version"] == "1.2.3");
  CHECK(v["text"] == "12\n");
  CHECK(v["tagged"] == "7");
  CHECK(v["list"] == json::parse(R"([1, "two", "3"])"));
  CHECK(v["map"] == json::parse(R"({"k": "v", "n": 2})"));
}

TEST_CASE("load_data: an empty YAML file is null", "[load_data]") {
  LoadDataResult result = load_data("d.yaml", "");
  CHECK_FALSE(result.error);
  CHECK(result.value.is_null());
}

TEST_CASE("load_data: JSON is read by extension", "[load_data]") {
  LoadDataResult result = load_data("d.json", R"({"a": [1, 2.5, "x", null, true], "b": {}})");
  REQUIRE_FALSE(result.error);
  CHECK(result.value == json::parse(R"({"a": [1, 2.5, "x", null, true], "b": {}})"));
  // The same text read as YAML (JSON is YAML) gives the same value.
  CHECK(load_data("d.yml", R"({"a": [1, 2.5, "x", null, true], "b": {}})").value == result.value);
}

TEST_CASE("load_data: syntax errors are reported at 1-based places", "[load_data]") {
  CHECK(error_text(load_data("d.json", "{\n  \"a\": ,\n}")) ==
        "d.json:2:8: error: invalid JSON: syntax error while parsing value - unexpected ','; "
        "expected '[', '{', or a literal");
  CHECK(error_text(load_data("d.json", "{\"a\": 1")) ==
        "d.json:1:8: error: invalid JSON: syntax error while parsing object - unexpected end of "
        "input; expected '}'");
  CHECK(error_text(load_data("d.yaml", "a: [1,\nb: 2")) ==
        "d.yaml:2:1: error: end of sequence flow not found");
  CHECK(error_text(load_data("d.yaml", "a: 1\n b: 2")) == "d.yaml:2:3: error: illegal map value");
  CHECK(error_text(load_data("d.yaml", "a: 1\nb: 2\na: 3")) == "d.yaml:3:1: error: duplicate key 'a'");
  CHECK(error_text(load_data("d.yaml", "? [a]\n: 1")) == "d.yaml:1:3: error: map keys must be scalars");
}

TEST_CASE("load_data: a JSON number out of a double's range is an error at it", "[load_data]") {
  // Found by fuzz_mustache_data: nlohmann's out_of_range escaped as an internal error.
  CHECK(error_text(load_data("d.json", "{\"a\":\n  1e999}")) ==
        "d.json:2:3: error: invalid JSON: number overflow parsing '1e999'");
}

TEST_CASE("load_data: nesting is capped at 64 levels", "[load_data]") {
  CHECK_FALSE(load_data("d.yaml", nested_lists(64)).error);
  CHECK_FALSE(load_data("d.json", nested_lists(64)).error);
  CHECK(error_text(load_data("d.yaml", "top:\n  " + nested_lists(64))) ==
        "d.yaml:2:66: error: data nested deeper than 64 levels");
  CHECK(error_text(load_data("d.json", "{\"top\":\n" + nested_lists(64) + "}")) ==
        "d.json:2:64: error: data nested deeper than 64 levels");
  // Brackets inside strings do not count.
  CHECK_FALSE(load_data("d.json", "[\"" + std::string(100, '[') + "\"]").error);
  // Far deeper input fails cleanly too.
  CHECK(load_data("d.yaml", nested_lists(100000)).error);
  CHECK(load_data("d.json", nested_lists(100000)).error);
}

TEST_CASE("load_data: YAML aliases cannot expand past a million values", "[load_data]") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  const char* names[] = {"a", "b", "c", "d", "e", "f", "g"};
  for (int level = 1; level < 7; ++level) {
    bomb += std::string(names[level]) + ": &" + names[level] + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + names[level - 1];
    bomb += "]\n";
  }
  LoadDataResult result = load_data("bomb.yaml", bomb);
  CHECK_THAT(error_text(result),
             Catch::EndsWith("error: data has more than 1000000 values (aliases expanding?)"));
  CHECK(result.value.is_null());
}

TEST_CASE("load_data: never throws on garbage", "[load_data]") {
  const std::string alphabet = "{}[]:,-?&*!|>'\"#%@` \n\tax01.~";
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += alphabet[random() % alphabet.size()];
    INFO(text);
    CHECK_NOTHROW(load_data("g.yaml", text));
    CHECK_NOTHROW(load_data("g.json", text));
  }
}
