// Options of a check run: speaking rate, rule severities and default variables (from
// .prepkit.yaml or defaults).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/diagnostic.h"

namespace prepkit {

struct CheckOptions {
  int words_per_minute = 150;  // spoken time = words * 60 / words_per_minute
  // Rule id (or question check id) -> severity; nullopt turns the rule off.
  std::map<std::string, std::optional<Severity>> severities;
  // Template variables for drafts whose front matter does not set them.
  std::map<std::string, std::string> variables;
};

}  // namespace prepkit
