// Check loader: kinds, severities and the fields each kind needs, with errors at the node.
#include "core/bank/check_loader.h"

#include <fmt/format.h>

#include <algorithm>

namespace prepkit {
namespace {

const std::vector<std::string> kCheckKeys = {"id",  "kind", "severity", "message", "sections",
                                             "any", "what", "min",      "max",     "items",
                                             "when"};
const std::vector<std::string> kKinds = {"require", "forbid", "count", "number", "checked"};
const std::vector<std::string> kCountables = {"questions", "list-items", "points", "words"};

bool parse_kind(const std::string& text, CheckKind* kind) {
  for (size_t i = 0; i < kKinds.size(); ++i) {
    if (text == kKinds[i]) {
      *kind = static_cast<CheckKind>(i);
      return true;
    }
  }
  return false;
}

bool valid_check_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Reports fields that the check's kind needs but lacks.
void check_kind_fields(YamlReader& reader, const YAML::Node& node, const Check& check) {
  auto need = [&](const char* key, const char* why) {
    if (!node[key]) reader.error(node, fmt::format("check '{}' {}", check.id, why));
  };
  switch (check.kind) {
    case CheckKind::require:
    case CheckKind::forbid: need("any", "needs 'any': the words or phrases to look for"); break;
    case CheckKind::count:
      need("what", "needs 'what': questions, list-items, points or words");
      if (!node["min"] && !node["max"]) reader.error(node, fmt::format("check '{}' needs 'min' or 'max'", check.id));
      break;
    case CheckKind::number: break;
    case CheckKind::checked: need("items", "needs 'items': the checklist items to tick"); break;
  }
}

void load_fields(YamlReader& reader, const YAML::Node& node, Check* check) {
  if (node["id"] && reader.read_string(node["id"], "id", &check->id) && !valid_check_id(check->id)) {
    reader.error(node["id"], fmt::format("check id '{}' may use only a-z, 0-9 and '-'", check->id));
  }
  std::string text;
  if (node["kind"] && reader.read_string(node["kind"], "kind", &text) && !parse_kind(text, &check->kind)) {
    reader.error(node["kind"], fmt::format("unknown check kind '{}' (one of require, forbid, count, number, checked)", text));
  }
  if (node["severity"] && reader.read_string(node["severity"], "severity", &text) &&
      !parse_severity(text, &check->severity)) {
    reader.error(node["severity"], fmt::format("severity must be error, warning or suggestion, not '{}'", text));
  }
  if (node["message"]) reader.read_string(node["message"], "message", &check->message);
  if (node["sections"]) reader.read_string_list(node["sections"], "sections", &check->sections);
  if (node["any"]) reader.read_string_list(node["any"], "any", &check->any);
  if (node["items"]) reader.read_string_list(node["items"], "items", &check->items);
  if (node["when"]) reader.read_string_map(node["when"], "when", &check->when);
  if (node["what"] && reader.read_string(node["what"], "what", &check->what) &&
      std::find(kCountables.begin(), kCountables.end(), check->what) == kCountables.end()) {
    reader.error(node["what"], fmt::format("'what' must be questions, list-items, points or words, not '{}'", check->what));
  }
  int number = 0;
  if (node["min"] && reader.read_int(node["min"], "min", &number)) check->min = number;
  if (node["max"] && reader.read_int(node["max"], "max", &number)) check->max = number;
}

}  // namespace

void load_check(YamlReader& reader, const YAML::Node& node, std::vector<Check>* checks) {
  if (!node.IsMap()) {
    reader.error(node, "each check must be a mapping with at least 'id', 'kind' and 'message'");
    return;
  }
  reader.check_keys(node, kCheckKeys, "a check");
  reader.check_required(node, {"id", "kind", "message"}, "the check");
  Check check;
  check.line = node.Mark().line + 1;
  check.column = node.Mark().column + 1;
  load_fields(reader, node, &check);
  check_kind_fields(reader, node, check);
  for (const Check& other : *checks) {
    if (!check.id.empty() && other.id == check.id) {
      reader.error(node["id"], fmt::format("duplicate check id '{}' (first at line {})", check.id, other.line));
    }
  }
  checks->push_back(std::move(check));
}

}  // namespace prepkit
