// Fuzz target: a data file through load_data and a render with it, as `prepkit render --data`.
// Input: one byte, 'j' for JSON (data.json) or anything else for YAML (data.yaml); the data;
// then optionally the separator line "=====" and a template (else a fixed one).
#include <cstddef>
#include <cstdint>

#include "core/data/load_data.h"
#include "core/io/file_io.h"
#include "core/mustache/mustache.h"
#include "fuzz/fuzz_input.h"

using namespace prepkit;

namespace {

const char* kTemplate =
    "{{title}} {{{title}}} {{&a.b.c}} {{.}}\n"
    "{{#items}}- {{name}} {{.}} {{#tags}}{{.}},{{/tags}}\n{{/items}}"
    "{{^items}}none{{/items}}{{#a}}{{b.c}}{{/a}}{{#list}}{{#.}}{{.}}{{/.}}{{/list}}\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > kMaxInputBytes) return 0;  // read_file refuses larger data files
  std::string path = data[0] == 'j' ? "data.json" : "data.yaml";
  auto [text, template_text] = fuzz::split_input(fuzz::as_text(data + 1, size - 1));
  LoadDataResult loaded = load_data(path, text);
  if (loaded.error) {
    PREPKIT_FUZZ_REQUIRE(loaded.value.is_null() && loaded.error->path == path);
    PREPKIT_FUZZ_REQUIRE(fuzz::not_internal(loaded.error->message, "cannot load data:"));
    return 0;
  }
  if (template_text.empty()) template_text = kTemplate;
  mustache::Source source{"fuzz.mustache", template_text};
  mustache::RenderResult result = mustache::render(source, loaded.value, nullptr);
  if (result.error) {
    PREPKIT_FUZZ_REQUIRE(fuzz::not_internal(result.error->message, "cannot render template:"));
  }
  return 0;
}
