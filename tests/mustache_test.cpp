// The Mustache renderer on prepkit's own cases: output byte for byte, and exact error texts.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <random>
#include <string>

#include "core/mustache/mustache.h"

namespace {

using nlohmann::json;
using prepkit::format_diagnostic;
using prepkit::mustache::PartialLoader;
using prepkit::mustache::RenderResult;
using prepkit::mustache::Source;
using Partials = std::map<std::string, std::string>;

PartialLoader loader_for(Partials partials) {
  return [partials](const std::string& name) -> std::optional<Source> {
    auto it = partials.find(name);
    if (it == partials.end()) return std::nullopt;
    return Source{name + ".mustache", it->second};
  };
}

RenderResult run(const std::string& text, const std::string& data, const Partials& partials = {}) {
  return prepkit::mustache::render(Source{"t.mustache", text}, json::parse(data),
                                   loader_for(partials));
}

// The output, or the error in its one-line form.
std::string render(const std::string& text, const std::string& data = "{}",
                   const Partials& partials = {}) {
  RenderResult result = run(text, data, partials);
  return result.error ? format_diagnostic(*result.error) : result.output;
}

struct Case {
  const char* name;
  const char* text;
  const char* data;
  Partials partials;
  const char* expected;
};

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(render(c.text, c.data, c.partials) == c.expected);
  }
}

}  // namespace

TEST_CASE("mustache: interpolation escapes HTML and prints values", "[mustache]") {
  check_cases({
      {"plain", "Dear {{name}},", R"({"name":"Ada"})", {}, "Dear Ada,"},
      {"padding", "[{{ name }}|{{{ name }}}|{{& name }}]", R"({"name":"Ada"})", {}, "[Ada|Ada|Ada]"},
      {"escaped", "{{v}}", R"({"v":"<b>Tom & \"Jo\"</b>"})", {}, "&lt;b&gt;Tom &amp; &quot;Jo&quot;&lt;/b&gt;"},
      {"triple", "{{{v}}}", R"({"v":"<b>&\"</b>"})", {}, "<b>&\"</b>"},
      {"ampersand", "{{&v}}", R"({"v":"<i>"})", {}, "<i>"},
      {"apostrophe kept", "{{v}}", R"({"v":"it's"})", {}, "it's"},
      {"numbers", "{{i}} {{f}} {{g}} {{n}}", R"({"i":42,"f":2.5,"g":3.140,"n":-7})", {}, "42 2.5 3.14 -7"},
      {"booleans", "{{y}}/{{n}}", R"({"y":true,"n":false})", {}, "true/false"},
      {"null and missing", "[{{z}}][{{gone}}]", R"({"z":null})", {}, "[][]"},
      {"list as JSON", "{{{v}}}", R"({"v":[1,"a",{"k":null}]})", {}, R"([1,"a",{"k":null}])"},
      {"no re-rendering", "{{v}}", R"({"v":"{{name}}","name":"x"})", {}, "{{name}}"},
  });
}

TEST_CASE("mustache: dotted names and the implicit iterator", "[mustache]") {
  check_cases({
      {"dotted", "{{user.home.city}}", R"({"user":{"home":{"city":"Oslo"}}})", {}, "Oslo"},
      {"broken chain", "[{{user.phone.mobile}}]", R"({"user":{}})", {}, "[]"},
      {"first part found, rest missing", "[{{#team}}{{lead.name}}{{/team}}]",
       R"({"team":{"lead":{}},"lead":{"name":"outer"}})", {}, "[]"},
      {"dot is not part of a key", "[{{a.b}}]", R"({"a.b":"x"})", {}, "[]"},
      {"dotted section", "{{#a.ok}}yes{{/a.ok}}", R"({"a":{"ok":true}})", {}, "yes"},
      {"root value", "{{.}}!", R"("hi")", {}, "hi!"},
      {"iterator over strings", "{{#tags}}<{{.}}>{{/tags}}", R"({"tags":["c++","go"]})", {}, "<c++><go>"},
      {"iterator over lists", "{{#m}}({{#.}}{{.}}{{/.}}){{/m}}", R"({"m":[[1,2],[3]]})", {}, "(12)(3)"},
  });
}

TEST_CASE("mustache: sections iterate lists, push objects and hide on falsey values", "[mustache]") {
  check_cases({
      {"list of objects", "{{#steps}}{{n}}. {{text}}; {{/steps}}",
       R"({"steps":[{"n":1,"text":"Plan"},{"n":2,"text":"Do"}]})", {}, "1. Plan; 2. Do; "},
      {"object", "{{#author}}{{first}} {{last}}{{/author}}",
       R"({"author":{"first":"Grace","last":"Hopper"}})", {}, "Grace Hopper"},
      {"outer names", "{{#items}}{{name}} of {{owner}};{{/items}}",
       R"({"owner":"Al","items":[{"name":"pen"},{"name":"cup","owner":"Bo"}]})", {}, "pen of Al;cup of Bo;"},
      {"false", "[{{#v}}shown{{/v}}]", R"({"v":false})", {}, "[]"},
      {"null", "[{{#v}}shown{{/v}}]", R"({"v":null})", {}, "[]"},
      {"empty list", "[{{#v}}shown{{/v}}]", R"({"v":[]})", {}, "[]"},
      {"missing", "[{{#v}}shown{{/v}}]", "{}", {}, "[]"},
      {"empty string", "[{{#v}}shown{{/v}}]", R"({"v":""})", {}, "[]"},
      {"zero is truthy", "[{{#v}}{{.}}{{/v}}]", R"({"v":0})", {}, "[0]"},
      {"string pushes itself", "[{{#v}}{{.}}{{/v}}]", R"({"v":"x"})", {}, "[x]"},
      {"empty object is truthy", "[{{#v}}shown{{/v}}]", R"({"v":{}})", {}, "[shown]"},
      {"inverted on empty list", "{{^v}}none{{/v}}", R"({"v":[]})", {}, "none"},
      {"inverted on missing", "{{^v}}none{{/v}}", "{}", {}, "none"},
      {"inverted on truthy", "[{{^v}}none{{/v}}]", R"({"v":[1]})", {}, "[]"},
  });
}

TEST_CASE("mustache: comments, set delimiters and standalone lines", "[mustache]") {
  check_cases({
      {"inline comment", "a{{! note }}b", "{}", {}, "ab"},
      {"standalone comment", "a\n  {{! one\ntwo }}\nb\n", "{}", {}, "a\nb\n"},
      {"delimiters", "{{=<% %>=}}<% v %> {{v}} <%={{ }}=%>{{v}}", R"({"v":"x"})", {}, "x {{v}} x"},
      {"delimiters in sections", "{{=[ ]=}}[#l][.][/l]", R"({"l":[1,2]})", {}, "12"},
      {"standalone delimiters", "a\n{{=| |=}}\n|v|\n", R"({"v":"x"})", {}, "a\nx\n"},
      {"partial keeps its own delimiters", "{{=| |=}}|>p| |v|", R"({"v":"x"})", {{"p", "{{v}}"}}, "x x"},
      {"standalone sections", "Items:\n{{#l}}\n- {{.}}\n{{/l}}\nEnd\n", R"({"l":["a","b"]})", {}, "Items:\n- a\n- b\nEnd\n"},
      {"indented standalone", "  {{#x}}\n  y\n  {{/x}}\n", R"({"x":true})", {}, "  y\n"},
      {"CRLF", "a\r\n{{#x}}\r\nb\r\n{{/x}}\r\n", R"({"x":true})", {}, "a\r\nb\r\n"},
      {"not alone", "- {{#x}}y{{/x}}\n", R"({"x":true})", {}, "- y\n"},
      {"last line", "a\n{{#x}}\nb\n  {{/x}}", R"({"x":true})", {}, "a\nb\n"},
      {"variables never stand alone", "  {{v}}\n", R"({"v":""})", {}, "  \n"},
  });
}

TEST_CASE("mustache: partials are indented when they stand alone", "[mustache]") {
  check_cases({
      {"indented", "List:\n  {{>item}}\nDone\n", "{}", {{"item", "- one\n- two\n"}}, "List:\n  - one\n  - two\nDone\n"},
      {"data is not indented", "  {{>q}}\n", R"({"t":"a\nb"})", {{"q", "> {{{t}}}\n"}}, "  > a\nb\n"},
      {"inline", "x {{>p}}\n", "{}", {{"p", "1\n2"}}, "x 1\n2\n"},
      {"nested", "  {{>outer}}", "{}", {{"outer", "o\n  {{>inner}}\n"}, {"inner", "i1\ni2\n"}},
       "  o\n    i1\n    i2\n"},
      {"context", "{{#u}}{{>card}}{{/u}}", R"({"u":{"n":"Al"}})", {{"card", "[{{n}}]"}}, "[Al]"},
      {"recursion that ends", "{{>node}}", R"({"v":1,"kids":[{"v":2,"kids":[]}]})",
       {{"node", "{{v}}({{#kids}}{{>node}}{{/kids}})"}}, "1(2())"},
  });
}

TEST_CASE("mustache: inheritance: parents, blocks, nesting and reindentation", "[mustache]") {
  const Partials page = {{"page", "# {{$title}}Untitled{{/title}}\n{{$body}}(empty){{/body}}\n"}};
  check_cases({
      {"override", "{{<page}}{{$title}}Answer{{/title}}{{/page}}", "{}", page, "# Answer\n(empty)\n"},
      {"defaults", "{{<page}}{{/page}}", "{}", page, "# Untitled\n(empty)\n"},
      {"standalone pair", "{{<page}}\n{{$title}}T{{/title}}\nignored\n{{/page}}\nafter\n", "{}", page,
       "# T\n(empty)\nafter\n"},
      {"blocks alone render their default", "{{$x}}plain{{/x}}", "{}", {}, "plain"},
      {"outermost override wins", "{{<mid}}{{$a}}child{{/a}}{{/mid}}", "{}",
       {{"mid", "{{<base}}{{$a}}mid{{/a}}{{$b}}mid-b{{/b}}{{/base}}"}, {"base", "{{$a}}base{{/a}},{{$b}}base-b{{/b}}"}},
       "child,mid-b"},
      {"context at the block", "{{<p}}{{$row}}{{name}};{{/row}}{{/p}}", R"({"name":"top","rows":[{"name":"r1"}]})",
       {{"p", "{{#rows}}{{$row}}-{{/row}}{{/rows}}"}}, "r1;"},
      {"reindented block", "{{<doc}}\n    {{$notes}}\n    - first\n    - second\n    {{/notes}}\n{{/doc}}\n", "{}",
       {{"doc", "Notes:\n  {{$notes}}\n  - none\n  {{/notes}}\nEnd\n"}}, "Notes:\n  - first\n  - second\nEnd\n"},
      {"a block pair on one line indents the override", "{{<doc}}{{$b}}x\ny{{/b}}{{/doc}}", "{}",
       {{"doc", "  {{$b}}{{/b}}\n"}}, "  x\n  y\n"},
      {"indented parent", "list:\n  {{<item}}{{$v}}A\nB{{/v}}{{/item}}\n", "{}", {{"item", "- {{$v}}?{{/v}}\n"}},
       "list:\n  - A\n  B\n"},
      {"a block inside its own override shows its default", "{{<p}}{{$a}}[{{$a}}inner{{/a}}]{{/a}}{{/p}}", "{}",
       {{"p", "{{$a}}default{{/a}}"}}, "[inner]"},
      {"partial inside a parent sees the blocks", "{{<p}}{{$t}}T{{/t}}{{/p}}", "{}",
       {{"p", "<{{>q}}>"}, {"q", "{{$t}}q{{/t}}"}}, "<T>"},
      {"dynamic parent", "{{<*layout}}{{$t}}T{{/t}}{{/*layout}}", R"({"layout":"box"})", {{"box", "[{{$t}}{{/t}}]"}}, "[T]"},
  });
}

TEST_CASE("mustache: dynamic names take a partial's name from the data", "[mustache]") {
  check_cases({
      {"basic", "{{>*kind}}", R"({"kind":"note","text":"hi"})", {{"note", "Note: {{text}}"}}, "Note: hi"},
      {"dotted", "{{>*item.kind}}", R"({"item":{"kind":"note"}})", {{"note", "N"}}, "N"},
      {"per item", "{{#l}}{{>*k}}{{/l}}", R"({"l":[{"k":"a"},{"k":"b"}]})", {{"a", "A"}, {"b", "B"}}, "AB"},
      {"indented", "  {{>*k}}\n", R"({"k":"p"})", {{"p", "1\n2\n"}}, "  1\n  2\n"},
  });
}

TEST_CASE("mustache: syntax errors have exact texts and places", "[mustache]") {
  check_cases({
      {"unclosed tag", "Hello {{name", "{}", {}, "t.mustache:1:7: error: unclosed tag: expected '}}'"},
      {"unclosed triple", "a\n {{{name}}", "{}", {}, "t.mustache:2:2: error: unclosed tag: expected '}}}'"},
      {"unclosed section", "a\n{{#items}}\nb", "{}", {}, "t.mustache:2:1: error: unclosed section 'items'"},
      {"unclosed parent", "{{<p}}", "{}", {}, "t.mustache:1:1: error: unclosed parent 'p'"},
      {"unclosed block", "x{{$b}}", "{}", {}, "t.mustache:1:2: error: unclosed block 'b'"},
      {"mismatched end", "{{#a}}\n  {{/b}}", "{}", {}, "t.mustache:2:3: error: section 'a' ended by '{{/b}}'"},
      {"mismatched end, own delimiters", "{{=< >=}}<#a><$b></a>", "{}", {}, "t.mustache:1:18: error: block 'b' ended by '</a>'"},
      {"unexpected end", "x {{/a}}", "{}", {}, "t.mustache:1:3: error: unexpected end tag '{{/a}}'"},
      {"delimiter count", "{{=<% %> x=}}", "{}", {}, "t.mustache:1:1: error: invalid delimiters '<% %> x': expected two delimiters separated by whitespace"},
      {"delimiter with =", "ab{{=<%= %>=}}", "{}", {}, "t.mustache:1:3: error: invalid delimiters '<%= %>': delimiters must not contain '='"},
      {"delimiter tag end", "{{=<% %>}}", "{}", {}, "t.mustache:1:1: error: invalid delimiters '<% %>': expected '=}}' at the end of the tag"},
      {"empty name", "{{ }}", "{}", {}, "t.mustache:1:1: error: empty tag name in '{{}}'"},
      {"empty section name", "{{# }}{{/}}", "{}", {}, "t.mustache:1:1: error: empty tag name in '{{#}}'"},
      {"empty dynamic name", "{{>*}}", "{}", {}, "t.mustache:1:1: error: empty tag name in '{{>*}}'"},
      {"error inside a partial", "{{>p}}", "{}", {{"p", "ok\n{{#x}}"}}, "p.mustache:2:1: error: unclosed section 'x'"},
  });
}

TEST_CASE("mustache: limits stop runaway templates with an error", "[mustache]") {
  check_cases({
      {"recursive partial", "{{>loop}}", "{}", {{"loop", "x{{>loop}}"}},
       "loop.mustache:1:2: error: partials nested too deeply (limit 64)"},
      {"recursive parent", "{{<p}}{{/p}}", "{}", {{"p", "{{<p}}{{/p}}"}},
       "p.mustache:1:1: error: partials nested too deeply (limit 64)"},
  });
  std::string deep;
  for (int i = 0; i < 257; ++i) deep += "{{#a}}\n";
  CHECK(render(deep) == "t.mustache:257:1: error: sections nested too deeply (limit 256)");
  std::string wide;
  for (int i = 0; i < 8; ++i) wide += "{{#l}}";
  wide += "x";
  for (int i = 0; i < 8; ++i) wide += "{{/l}}";
  CHECK_THAT(render(wide, R"({"l":[1,2,3,4,5,6,7,8,9,10]})"),
             Catch::EndsWith(": error: rendering takes too many steps (limit 1000000)"));
  json big = {{"l", json::array()}, {"s", std::string(10000, 'x')}};
  for (int i = 0; i < 100; ++i) big["l"].push_back(i);
  CHECK(render("{{#l}}{{#l}}{{#l}}{{{s}}}{{/l}}{{/l}}{{/l}}", big.dump()) ==
        "t.mustache:1:19: error: rendered output too large (limit 64 MiB)");
}

TEST_CASE("mustache: unknown partials render empty with a warning; unknown parents are errors", "[mustache]") {
  RenderResult partial = run("a{{>nope}}b\n{{#l}}{{>nope}}{{/l}}", R"({"l":[1,2]})");
  REQUIRE_FALSE(partial.error);
  CHECK(partial.output == "ab\n");
  REQUIRE(partial.warnings.size() == 2);  // once per tag, not once per item
  CHECK(format_diagnostic(partial.warnings[0]) == "t.mustache:1:2: warning: unknown partial 'nope'");
  CHECK(format_diagnostic(partial.warnings[1]) == "t.mustache:2:7: warning: unknown partial 'nope'");

  RenderResult parent = run("[{{<nope}}{{$x}}y{{/x}}{{/nope}}]", "{}");
  REQUIRE(parent.error);
  CHECK(format_diagnostic(*parent.error) == "t.mustache:1:2: error: unknown parent 'nope'");

  RenderResult dynamic = run("[{{>*kind}}]", "{}");
  CHECK(dynamic.output == "[]");
  REQUIRE(dynamic.warnings.size() == 1);
  CHECK(format_diagnostic(dynamic.warnings[0]) ==
        "t.mustache:1:2: warning: dynamic partial '*kind': 'kind' is not a string in the data");
}

TEST_CASE("mustache: a template parses once and renders many times", "[mustache]") {
  prepkit::mustache::ParseResult parsed = prepkit::mustache::parse(Source{"t.mustache", "Hi {{n}}!"});
  REQUIRE(parsed.tree);
  PartialLoader none = loader_for({});
  CHECK(prepkit::mustache::render(*parsed.tree, json{{"n", "A"}}, none).output == "Hi A!");
  CHECK(prepkit::mustache::render(*parsed.tree, json{{"n", "B"}}, none).output == "Hi B!");
  CHECK(prepkit::mustache::parse(Source{"t.mustache", "{{#a}}"}).error);
}

TEST_CASE("mustache: any input renders or fails cleanly", "[mustache]") {
  const std::vector<std::string> pieces = {"{{", "}}", "{{{", "}}}", "#", "^", "/", "!", ">", "<", "$",
                                           "=", "&", "*", "a", "b", ".", " ", "\n", "\r\n", "x"};
  std::mt19937 random(20240611);
  auto garbage = [&](int length) {
    std::string text;
    for (int i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
    return text;
  };
  for (int round = 0; round < 3000; ++round) {
    Partials partials = {{"a", garbage(12)}, {"b", garbage(12)}};
    std::string text = garbage(24);
    INFO(text);
    RenderResult result = run(text, R"({"a":[{"b":"a"},true],"b":"a","x":{"a":1}})", partials);
    CHECK((!result.error || !result.error->message.empty()));
  }
}
