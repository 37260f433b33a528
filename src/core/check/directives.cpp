// Inline rule switches: which rules are off at each line of a draft.
#include "core/check/directives.h"

#include <algorithm>
#include <climits>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>

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

// Where one rule is off: the lines from which it is off or on again (in order), and the single
// lines a disable-next-line names. Built once per rule, so that each finding costs a binary
// search instead of a walk over every directive.
struct RuleSwitches {
  std::vector<std::pair<int, bool>> changes;  // from_line, disabled
  std::set<int> next_lines;
};

RuleSwitches switches_for(const std::vector<Directive>& directives, const std::string& rule) {
  RuleSwitches switches;
  for (const Directive& d : directives) {
    if (!names(d, rule)) continue;
    if (d.action == Action::disable_next_line) switches.next_lines.insert(d.from_line);
    else switches.changes.emplace_back(d.from_line, d.action == Action::disable);
  }
  return switches;
}

bool is_disabled(const RuleSwitches& switches, int line) {
  if (switches.next_lines.count(line) > 0) return true;
  // The last change at or before `line` (directives are sorted by line, ties in file order).
  auto after = std::upper_bound(switches.changes.begin(), switches.changes.end(), line,
                                [](int l, const std::pair<int, bool>& c) { return l < c.first; });
  return after != switches.changes.begin() && std::prev(after)->second;
}

}  // namespace

void apply_directives(const Draft& draft, std::vector<Diagnostic>* findings) {
  // A switch above the first heading is one for the whole draft: it covers line 1 too, where
  // findings about the whole draft (its length, its question) are reported.
  int first_heading = draft.headings.empty() ? INT_MAX : draft.headings.front().line;
  std::vector<Directive> directives;
  for (const Comment& comment : draft.comments) {
    Directive directive;
    if (!parse_directive(comment, &directive)) continue;
    if (directive.action == Action::disable && comment.line < first_heading) directive.from_line = 1;
    directives.push_back(std::move(directive));
  }
  if (directives.empty()) return;
  std::stable_sort(directives.begin(), directives.end(),
                   [](const Directive& a, const Directive& b) { return a.from_line < b.from_line; });
  std::map<std::string, RuleSwitches> by_rule;
  findings->erase(std::remove_if(findings->begin(), findings->end(),
                                 [&](const Diagnostic& f) {
                                   auto it = by_rule.find(f.rule);
                                   if (it == by_rule.end()) {
                                     it = by_rule.emplace(f.rule, switches_for(directives, f.rule)).first;
                                   }
                                   return is_disabled(it->second, f.line);
                                 }),
                  findings->end());
}

}  // namespace prepkit
