// Loads a data file (JSON by extension, YAML otherwise) into the JSON model templates render with.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>

#include "core/diagnostic.h"

namespace prepkit {

inline constexpr int kMaxDataDepth = 64;                // lists and maps inside each other
inline constexpr std::size_t kMaxDataValues = 1'000'000;  // values after YAML aliases expand
inline constexpr std::size_t kMaxDataTextBytes = 64 << 20;  // string bytes after aliases expand
// YAML data files are also held to kMaxYamlBytes (core/bank/yaml_reader.h); see docs/limits.md.

struct LoadDataResult {
  nlohmann::json value;              // null when `error` is set
  std::optional<Diagnostic> error;   // syntax error, too deep, too large; 1-based path:line:col
};

// Parses `text`, read from `path`: JSON when the path ends in ".json", YAML otherwise.
// YAML plain scalars become booleans (true/false), numbers (integers, floats) and null
// (null, ~, empty); quoted scalars stay strings. Never throws.
LoadDataResult load_data(const std::string& path, const std::string& text);

}  // namespace prepkit
