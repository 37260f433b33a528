// Runs the official Mustache spec files (../shared/conformance/mustache-spec) against the
// renderer and checks every case byte for byte; skips with a warning when they are not there.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/mustache/mustache.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using prepkit::mustache::PartialLoader;
using prepkit::mustache::Source;

// ~lambdas needs code in the data, which a JSON data model cannot carry.
const char* const kModules[] = {"comments", "delimiters",   "interpolation", "inverted",
                                "partials", "sections",     "~inheritance",  "~dynamic-names"};

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

PartialLoader loader_for(const json& partials) {
  return [partials](const std::string& name) -> std::optional<Source> {
    if (!partials.is_object()) return std::nullopt;
    auto it = partials.find(name);
    if (it == partials.end() || !it->is_string()) return std::nullopt;
    return Source{name + ".mustache", it->get<std::string>()};
  };
}

}  // namespace

TEST_CASE("mustache: the renderer passes the official spec", "[mustache][spec]") {
  fs::path dir = fs::path(PREPKIT_SHARED_DIR) / "conformance" / "mustache-spec";
  if (!fs::is_directory(dir)) {
    WARN("skipped: no Mustache spec at " << dir.string());
    return;
  }
  for (const char* module : kModules) {
    fs::path file = dir / (std::string(module) + ".json");
    INFO("spec file " << file.string());
    REQUIRE(fs::is_regular_file(file));
    json spec = json::parse(read_text(file));
    REQUIRE(spec.contains("tests"));
    std::size_t passed = 0;
    for (const json& test : spec["tests"]) {
      std::string name = test.value("name", "");
      INFO(module << ": " << name);
      Source source{std::string(module) + ".mustache", test.value("template", "")};
      json partials = test.contains("partials") ? test["partials"] : json::object();
      prepkit::mustache::RenderResult result =
          prepkit::mustache::render(source, test["data"], loader_for(partials));
      std::string error = result.error ? prepkit::format_diagnostic(*result.error) : "";
      CHECK(error == "");
      CHECK(result.output == test.value("expected", ""));
      if (!result.error && result.output == test.value("expected", "")) ++passed;
    }
    INFO("passed " << passed << " of " << spec["tests"].size());
    CHECK(passed == spec["tests"].size());
  }
}
