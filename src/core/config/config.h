// Project settings from .prepkit.yaml, found in the working folder or one of its parents.
#pragma once

#include <map>
#include <utility>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace prepkit {

struct Config {
  std::string path;                        // the file it came from; empty when none
  std::vector<std::string> banks;          // folders, relative to the config file's folder
  std::vector<std::string> templates;      // folders, relative to the config file's folder
  std::string drafts;                      // default drafts folder ("" = ".")
  int words_per_minute = 150;              // speaking rate for spoken-time estimates
  std::map<std::string, std::optional<Severity>> rules;  // rule id -> severity, nullopt = off
  std::map<std::string, std::pair<int, int>> rule_places;  // rule id -> line and column of its key
  std::map<std::string, std::string> variables;           // default template variables
};

struct ConfigResult {
  Config config;
  std::vector<Diagnostic> errors;
};

// Parses a config file's text; relative folders are resolved against `path`'s folder.
ConfigResult load_config(const std::string& path, const std::string& text);

// The nearest .prepkit.yaml from `start` upwards, or "" when there is none.
std::string find_config(const std::string& start);

}  // namespace prepkit
