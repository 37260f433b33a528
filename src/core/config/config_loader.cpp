// .prepkit.yaml: discovery and loading, with errors at the offending node.
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>

#include "core/bank/yaml_reader.h"
#include "core/config/config.h"

namespace fs = std::filesystem;

namespace prepkit {
namespace {

const std::vector<std::string> kConfigKeys = {"banks", "templates", "drafts", "words_per_minute",
                                              "rules", "variables"};

void resolve_folders(const std::string& path, std::vector<std::string>* folders) {
  fs::path base = fs::path(path).parent_path();
  for (std::string& folder : *folders) {
    if (fs::path(folder).is_relative()) folder = (base / folder).lexically_normal().string();
  }
}

void read_rules(YamlReader& reader, const YAML::Node& node, Config* config) {
  std::map<std::string, std::string> rules;
  if (!reader.read_string_map(node, "rules", &rules)) return;
  for (const auto& entry : node) {
    std::string value = entry.second.Scalar();
    config->rule_places[entry.first.Scalar()] = {entry.first.Mark().line + 1, entry.first.Mark().column + 1};
    Severity severity;
    if (value == "off") config->rules[entry.first.Scalar()] = std::nullopt;
    else if (parse_severity(value, &severity)) config->rules[entry.first.Scalar()] = severity;
    else reader.error(entry.second, fmt::format("rule severity must be error, warning, suggestion or off, not '{}'", value));
  }
}

void read_fields(YamlReader& reader, const YAML::Node& root, Config* config) {
  reader.check_keys(root, kConfigKeys, ".prepkit.yaml");
  if (root["banks"]) reader.read_string_list(root["banks"], "banks", &config->banks);
  if (root["templates"]) reader.read_string_list(root["templates"], "templates", &config->templates);
  if (root["drafts"]) reader.read_string(root["drafts"], "drafts", &config->drafts);
  if (root["words_per_minute"] &&
      reader.read_int(root["words_per_minute"], "words_per_minute", &config->words_per_minute) &&
      config->words_per_minute == 0) {
    reader.error(root["words_per_minute"], "'words_per_minute' must be more than 0");
    config->words_per_minute = 150;
  }
  if (root["rules"]) read_rules(reader, root["rules"], config);
  if (root["variables"]) reader.read_string_map(root["variables"], "variables", &config->variables);
}

}  // namespace

ConfigResult load_config(const std::string& path, const std::string& text) {
  ConfigResult result;
  result.config.path = path;
  YamlReader reader(path, &result.errors);
  YAML::Node root;
  if (parse_yaml(text, reader, &root)) {
    if (root.IsMap()) read_fields(reader, root, &result.config);
    else if (!root.IsNull()) reader.error(root, ".prepkit.yaml must be a YAML mapping");
  }
  std::stable_sort(result.errors.begin(), result.errors.end(), diagnostic_less);
  resolve_folders(path, &result.config.banks);
  resolve_folders(path, &result.config.templates);
  if (!result.config.drafts.empty()) {
    std::vector<std::string> drafts = {result.config.drafts};
    resolve_folders(path, &drafts);
    result.config.drafts = drafts[0];
  }
  return result;
}

std::string find_config(const std::string& start) {
  std::error_code ec;
  fs::path absolute = fs::canonical(start, ec);
  fs::path relative = start;
  for (int depth = 0; !ec && depth < 256; ++depth) {
    std::error_code missing;
    if (fs::is_regular_file(absolute / ".prepkit.yaml", missing)) {
      return (relative / ".prepkit.yaml").lexically_normal().string();
    }
    if (!absolute.has_parent_path() || absolute.parent_path() == absolute) break;
    absolute = absolute.parent_path();
    relative /= "..";
  }
  return "";
}

}  // namespace prepkit
