// YamlReader: turns yaml-cpp's 0-based marks and loose typing into exact errors.
#include "core/bank/yaml_reader.h"

#include <fmt/format.h>

#include <yaml-cpp/depthguard.h>

#include <algorithm>

#include "core/bank/suggest.h"

namespace prepkit {

bool parse_yaml(const std::string& text, YamlReader& reader, YAML::Node* root,
                std::string_view context) {
  if (text.size() > kMaxYamlBytes) {
    reader.error(YAML::Mark(), fmt::format("{}YAML text is too large ({} bytes; the limit is {} bytes)",
                                           context, text.size(), kMaxYamlBytes));
    return false;
  }
  try {
    *root = YAML::Load(text);
    return true;
  } catch (const YAML::DeepRecursion& e) {
    reader.error(e.mark, fmt::format("{}YAML nested too deeply", context));
  } catch (const YAML::Exception& e) {
    reader.error(e.mark, fmt::format("{}{}", context, e.msg));
  }
  return false;
}

bool is_string_scalar(const YAML::Node& node) { return node.IsScalar(); }

void YamlReader::error(const YAML::Mark& mark, std::string message) {
  errors_->push_back(error_at(path_, mark.line + 1, mark.column + 1, std::move(message)));
}

void YamlReader::error(const YAML::Node& node, std::string message) {
  error(node.Mark(), std::move(message));
}

bool YamlReader::charge(const YAML::Node& node, std::size_t values, std::size_t bytes) {
  if (over_budget_) return false;
  values_ += values;
  bytes_ += bytes;
  if (values_ <= kMaxYamlValues && bytes_ <= kMaxYamlValueBytes) return true;
  over_budget_ = true;
  error(node, fmt::format("too much to read: more than {} values or {} MiB once aliases are expanded",
                          kMaxYamlValues, kMaxYamlValueBytes >> 20));
  return false;
}

bool YamlReader::read_string(const YAML::Node& node, std::string_view key, std::string* out) {
  if (!is_string_scalar(node)) {
    error(node, fmt::format("'{}' must be a string", key));
    return false;
  }
  if (!charge(node, 1, node.Scalar().size())) return false;
  *out = node.Scalar();
  return true;
}

bool YamlReader::read_string_list(const YAML::Node& node, std::string_view key,
                                  std::vector<std::string>* out) {
  bool ok = node.IsSequence();
  if (ok) {
    for (const YAML::Node& item : node) ok = ok && is_string_scalar(item);
  }
  if (!ok) {
    error(node, fmt::format("'{}' must be a list of strings", key));
    return false;
  }
  std::size_t bytes = 0;
  for (const YAML::Node& item : node) bytes += item.Scalar().size();
  if (!charge(node, node.size(), bytes)) return false;
  out->clear();
  for (const YAML::Node& item : node) out->push_back(item.Scalar());
  return true;
}

bool YamlReader::read_int(const YAML::Node& node, std::string_view key, int* out) {
  int value = 0;
  if (!charge(node, 1, 0)) return false;
  if (!node.IsScalar() || !YAML::convert<int>::decode(node, value) || value < 0) {
    error(node, fmt::format("'{}' must be a whole number, 0 or more", key));
    return false;
  }
  *out = value;
  return true;
}

bool YamlReader::read_string_map(const YAML::Node& node, std::string_view key,
                                 std::map<std::string, std::string>* out) {
  bool ok = node.IsMap();
  if (ok) {
    for (const auto& entry : node) ok = ok && entry.first.IsScalar() && entry.second.IsScalar();
  }
  if (!ok) {
    error(node, fmt::format("'{}' must be a mapping of names to strings", key));
    return false;
  }
  std::size_t bytes = 0;
  for (const auto& entry : node) bytes += entry.first.Scalar().size() + entry.second.Scalar().size();
  if (!charge(node, node.size(), bytes)) return false;
  for (const auto& entry : node) (*out)[entry.first.Scalar()] = entry.second.Scalar();
  return true;
}

void YamlReader::check_keys(const YAML::Node& map, const std::vector<std::string>& known,
                            std::string_view where) {
  if (!charge(map, map.size(), 0)) return;
  for (const auto& entry : map) {
    const YAML::Node& key = entry.first;
    if (!key.IsScalar()) {
      error(key, fmt::format("{} keys must be strings", where));
      continue;
    }
    if (std::find(known.begin(), known.end(), key.Scalar()) != known.end()) continue;
    error(key, fmt::format("unknown key '{}' in {}{}", key.Scalar(), where,
                           did_you_mean(key.Scalar(), known)));
  }
}

void YamlReader::check_required(const YAML::Node& map, const std::vector<std::string>& required,
                                std::string_view where) {
  for (const std::string& key : required) {
    if (!map[key]) error(map, fmt::format("{} is missing the required key '{}'", where, key));
  }
}

}  // namespace prepkit
