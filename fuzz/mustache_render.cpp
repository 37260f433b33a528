// Fuzz target: a Mustache template (the input) rendered as `prepkit render` does, against a
// fixed context shaped like a question's, with partials from memory ("self" is the input).
#include <cstddef>
#include <cstdint>
#include <map>

#include "core/io/file_io.h"
#include "core/mustache/mustache.h"
#include "fuzz/fuzz_input.h"

using namespace prepkit;

namespace {

const nlohmann::json& context() {
  static const nlohmann::json value = nlohmann::json::parse(R"({
    "id": "difficult-customer", "title": "A difficult customer", "role": "clinical",
    "question": "Tell me about <a> \"difficult\" customer & what you did.",
    "tags": ["support", "behavioral"], "tips": ["Be specific.", "Own the result."],
    "when": {"role": {"clinical": true}}, "empty": [], "none": null, "no": false, "zero": 0,
    "pi": 3.25, "name": "item", "people": [{"name": "Ana", "age": 30}, {"name": "Bo"}],
    "a": {"b": {"c": "deep"}}, "list": [[1, 2], [3]], "partial": "self"
  })");
  return value;
}

const std::map<std::string, std::string>& partials() {
  static const std::map<std::string, std::string> files = {
      {"item", "- {{name}}\n"},
      {"base", "# {{$title}}Title{{/title}}\n{{$body}}\nbody\n{{/body}}\n"},
      {"loop", "{{#people}}{{>loop}}{{/people}}"},
      {"broken", "{{#open}}"},
  };
  return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInputBytes) return 0;  // read_file refuses such templates
  mustache::Source source{"fuzz.mustache", fuzz::as_text(data, size)};
  mustache::PartialLoader loader = [&source](const std::string& name) -> std::optional<mustache::Source> {
    if (name == "self") return source;
    auto it = partials().find(name);
    if (it == partials().end()) return std::nullopt;
    return mustache::Source{name + ".mustache", it->second};
  };
  mustache::RenderResult result = mustache::render(source, context(), loader);
  if (result.error) {
    PREPKIT_FUZZ_REQUIRE(result.output.empty() && !result.error->message.empty());
    PREPKIT_FUZZ_REQUIRE(fuzz::not_internal(result.error->message, "cannot render template:"));
  }
  // Parsing once and rendering the tree gives the same answer.
  mustache::ParseResult parsed = mustache::parse(source);
  if (parsed.error) {
    PREPKIT_FUZZ_REQUIRE(result.error.has_value());
    return 0;
  }
  mustache::RenderResult again = mustache::render(*parsed.tree, context(), loader);
  PREPKIT_FUZZ_REQUIRE(again.output == result.output && again.error.has_value() == result.error.has_value());
  return 0;
}
