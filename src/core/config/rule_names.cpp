// Unknown rule names in .prepkit.yaml: errors at their keys, with did-you-mean.
#include "core/config/rule_names.h"

#include <fmt/format.h>

#include <set>

#include "core/bank/suggest.h"
#include "core/rules/rule.h"

namespace prepkit {

std::vector<Diagnostic> unknown_rule_names(const Config& config, const Bank& bank) {
  std::set<std::string> known;
  for (const Rule& rule : builtin_rules()) known.emplace(rule.id);
  for (const Question& question : bank.questions()) {
    for (const Check& check : question.checks) known.insert(check.id);
  }
  std::vector<Diagnostic> errors;
  for (const auto& [name, severity] : config.rules) {
    if (known.count(name) != 0) continue;
    auto place = config.rule_places.find(name);
    auto [line, column] = place == config.rule_places.end() ? std::pair<int, int>{0, 0} : place->second;
    errors.push_back(error_at(config.path, line, column,
                              fmt::format("unknown rule '{}' under 'rules'{}", name,
                                          did_you_mean(name, {known.begin(), known.end()}))));
  }
  std::stable_sort(errors.begin(), errors.end(), diagnostic_less);
  return errors;
}

}  // namespace prepkit
