// The rule names of a .prepkit.yaml checked against the rules there are: built-in ones and
// the checks of the questions in the bank.
#pragma once

#include <vector>

#include "core/bank/bank.h"
#include "core/config/config.h"
#include "core/diagnostic.h"

namespace prepkit {

// An error at each name under `rules:` that is neither a built-in rule nor the id of a check
// in `bank`, with the nearest names as suggestions: a misspelt rule is never silently ignored.
std::vector<Diagnostic> unknown_rule_names(const Config& config, const Bank& bank);

}  // namespace prepkit
