// `prepkit render`: renders any Mustache template to standard output, for scripts and authors.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "core/data/load_data.h"
#include "core/io/file_io.h"
#include "core/mustache/mustache.h"

namespace prepkit::cli {
namespace {

struct RenderOptions {
  std::string template_path;
  std::string data_path;
  std::string partials;
  std::vector<std::string> assignments;
  bool strict = false;
};

// A partial `name` is DIR/name, else DIR/name.mustache, else DIR/name.md.
mustache::PartialLoader folder_loader(const std::string& folder) {
  return [folder](const std::string& name) -> std::optional<mustache::Source> {
    if (name.empty() || name.find("..") != std::string::npos) return std::nullopt;
    for (const char* extension : {"", ".mustache", ".md"}) {
      std::string path = (std::filesystem::path(folder) / (name + extension)).string();
      if (is_directory(path) || !path_exists(path)) continue;
      ReadResult read = read_file(path);
      if (!read.error) return mustache::Source{path, std::move(read.text)};
    }
    return std::nullopt;
  };
}

bool load_context(const AppContext& context, const RenderOptions& options, nlohmann::json* data) {
  *data = nlohmann::json::object();
  if (!options.data_path.empty()) {
    ReadResult read = read_file(options.data_path);
    if (read.error) {
      context.report(*read.error);
      return false;
    }
    LoadDataResult loaded = load_data(options.data_path, read.text);
    if (loaded.error) {
      context.report(*loaded.error);
      return false;
    }
    *data = std::move(loaded.value);
  }
  std::map<std::string, std::string> set;
  std::string message;
  if (!parse_assignments(options.assignments, &set, &message)) {
    context.error(message);
    return false;
  }
  if (!set.empty() && !data->is_object()) *data = nlohmann::json::object();
  for (const auto& [key, value] : set) (*data)[key] = value;
  return true;
}

int run_render(AppContext& context, const RenderOptions& options) {
  ReadResult source = read_file(options.template_path);
  if (source.error) {
    context.report(*source.error);
    return kExitError;
  }
  nlohmann::json data;
  if (!load_context(context, options, &data)) return kExitError;
  std::string partials = options.partials;
  if (partials.empty()) partials = std::filesystem::path(options.template_path).parent_path().string();
  if (partials.empty()) partials = ".";
  mustache::RenderResult result =
      mustache::render({options.template_path, source.text}, data, folder_loader(partials));
  for (Diagnostic warning : result.warnings) {
    if (options.strict) warning.severity = Severity::error;
    context.report(warning);
  }
  if (result.error) {
    context.report(*result.error);
    return kExitError;
  }
  if (options.strict && !result.warnings.empty()) return kExitError;
  std::cout << result.output << std::flush;
  return kExitOk;
}

}  // namespace

void add_render_command(CLI::App& app, AppContext& context, int* exit_code) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* render = app.add_subcommand("render", "Render a Mustache template to standard output");
  render->add_option("template", options->template_path, "The template file")->required();
  render->add_option("--data", options->data_path, "The context: a YAML or JSON file")->type_name("FILE");
  render->add_option("--partials", options->partials,
                     "Folder of partials: {{> name}} is DIR/name, DIR/name.mustache or DIR/name.md "
                     "(default: the template's folder)")
      ->type_name("DIR");
  render->add_option("--set", options->assignments, "Set a top-level value, e.g. --set name=Ana")
      ->type_name("KEY=VALUE");
  render->add_flag("--strict", options->strict, "Exit 2 when a partial or parent is unknown");
  render->footer(R"(Examples:
  prepkit render letter.mustache --data people.yaml
  prepkit render page.mustache --data page.json --partials partials --strict
  prepkit render hello.mustache --set name=World)");
  render->callback([&context, options, exit_code] { *exit_code = run_render(context, *options); });
}

}  // namespace prepkit::cli
