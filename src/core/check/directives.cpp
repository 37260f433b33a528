// Inline rule switches: which rules are off at each line of a draft.
#include "core/check/directives.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <string>

namespace prepkit {
namespace {

enum class Action { disable, enable, disable_next_line };

struct Directive {
  Action action;
  int from_line;                // the line where it takes effect
  std::set<std::string> rules;  // empty: all rules
};

// Every directive starts with this word; most comments (template guidance) do not.
bool starts_with_prepkit(const std::string& text) {
  size_t start = text.find_first_not_of(" \t\n\v\f\r");  // what `>>` skips
  return start != std::string::npos && text.compare(start, 8, "prepkit-") == 0;
}

bool parse_directive(const Comment& comment, Directive* directive) {
  if (!starts_with_prepkit(comment.text)) return false;
  std::istringstream words(comment.text);
  std::string verb;
  words >> verb;
  if (verb == "prepkit-disable") directive->action = Action::disable;
  else if (verb == "prepkit-enable") directive->action = Action::enable;
  else if (verb == "prepkit-disable-next-line") directive->action = Action::disable_next_line;
  else return false;
  directive->from_line = comment.last_line + 1;
  for (std::string rule; words >> rule;) directive->rules.insert(rule);
  return true;
}

bool names(const Directive& d, const std::string& rule) {
  return d.rules.empty() || d.rules.count(rule) > 0;
}

bool is_disabled(const std::vector<Directive>& directives, const Diagnostic& finding) {
  bool disabled = false;
  for (const Directive& d : directives) {
    if (d.from_line > finding.line) break;
    if (!names(d, finding.rule)) continue;
    if (d.action == Action::disable) disabled = true;
    else if (d.action == Action::enable) disabled = false;
    else if (d.from_line == finding.line) return true;
  }
  return disabled;
}

}  // namespace

void apply_directives(const Draft& draft, std::vector<Diagnostic>* findings) {
  std::vector<Directive> directives;
  for (const Comment& comment : draft.comments) {
    Directive directive;
    if (parse_directive(comment, &directive)) directives.push_back(std::move(directive));
  }
  if (directives.empty()) return;
  std::stable_sort(directives.begin(), directives.end(),
                   [](const Directive& a, const Directive& b) { return a.from_line < b.from_line; });
  findings->erase(std::remove_if(findings->begin(), findings->end(),
                                 [&](const Diagnostic& f) { return is_disabled(directives, f); }),
                  findings->end());
}

}  // namespace prepkit
