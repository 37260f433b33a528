// Typed reads from yaml-cpp nodes that record errors with 1-based places instead of throwing.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace prepkit {

// Limits on YAML input (docs/limits.md). yaml-cpp needs about 500 bytes per node and reads
// large documents slowly, so YAML text is capped below the 1 MiB of other files; what
// the loaders read out of it is capped too, since an alias can name a large list many times.
inline constexpr std::size_t kMaxYamlBytes = 256 * 1024;       // one YAML document
inline constexpr std::size_t kMaxYamlValues = 100'000;         // strings read, aliases expanded
inline constexpr std::size_t kMaxYamlValueBytes = 16 << 20;    // their bytes, aliases expanded

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
  // Counts what is read (an alias each time it is read); past kMaxYamlValues values or
  // kMaxYamlValueBytes bytes, reports one error at `node` and returns false from then on.
  bool charge(const YAML::Node& node, std::size_t values, std::size_t bytes);

  std::string path_;
  std::vector<Diagnostic>* errors_;
  std::size_t values_ = 0;
  std::size_t bytes_ = 0;
  bool over_budget_ = false;
};

// Parses YAML text into `root`; a syntax error, nesting past yaml-cpp's depth guard or text
// over kMaxYamlBytes is reported through `reader` (with `context` before the message, e.g.
// "front matter: ") and false is returned.
bool parse_yaml(const std::string& text, YamlReader& reader, YAML::Node* root,
                std::string_view context = "");

// A scalar that YAML would read as a plain string (not null, not a collection).
bool is_string_scalar(const YAML::Node& node);

}  // namespace prepkit
