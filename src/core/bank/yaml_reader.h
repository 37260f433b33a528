// Typed reads from yaml-cpp nodes that record errors with 1-based places instead of throwing.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace prepkit {

class YamlReader {
 public:
  YamlReader(std::string path, std::vector<Diagnostic>* errors)
      : path_(std::move(path)), errors_(errors) {}

  void error(const YAML::Node& node, std::string message);
  void error(const YAML::Mark& mark, std::string message);

  // Each reports a type error at the node and returns false on a wrong type.
  bool read_string(const YAML::Node& node, std::string_view key, std::string* out);
  bool read_string_list(const YAML::Node& node, std::string_view key,
                        std::vector<std::string>* out);
  bool read_int(const YAML::Node& node, std::string_view key, int* out);
  bool read_string_map(const YAML::Node& node, std::string_view key,
                       std::map<std::string, std::string>* out);

  // Reports keys of `map` not in `known` (with suggestions) at the key itself.
  void check_keys(const YAML::Node& map, const std::vector<std::string>& known,
                  std::string_view where);

  // Reports each of `required` missing from `map`, at the mapping.
  void check_required(const YAML::Node& map, const std::vector<std::string>& required,
                      std::string_view where);

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::vector<Diagnostic>* errors_;
};

// Parses YAML text into `root`; a syntax error is reported through `reader` (with
// `context` before the message, e.g. "front matter: ") and false is returned.
bool parse_yaml(const std::string& text, YamlReader& reader, YAML::Node* root,
                std::string_view context = "");

// A scalar that YAML would read as a plain string (not null, not a collection).
bool is_string_scalar(const YAML::Node& node);

}  // namespace prepkit
