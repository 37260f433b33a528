// Questions as JSON, for `list` and `show` (stable keys of the command-line contract).
#include <nlohmann/json.hpp>

#include "core/report/question_report.h"

namespace prepkit {
namespace {

using Json = nlohmann::ordered_json;

Json variable_json(const Variable& v) {
  Json json = {{"name", v.name}, {"prompt", v.prompt}, {"choices", v.choices}};
  json["default"] = v.default_value ? Json(*v.default_value) : Json(nullptr);
  return json;
}

Json target_json(const Target& t) {
  Json json = Json::object();
  auto add = [&](const char* key, int value) {
    if (value > 0) json[key] = value;
  };
  add("min_words", t.min_words);
  add("max_words", t.max_words);
  add("min_seconds", t.min_seconds);
  add("max_seconds", t.max_seconds);
  return json;
}

Json check_json(const Check& c) {
  Json json = {{"id", c.id},
               {"kind", check_kind_name(c.kind)},
               {"severity", severity_name(c.severity)},
               {"message", c.message},
               {"sections", c.sections}};
  if (!c.any.empty()) json["any"] = c.any;
  if (!c.what.empty()) json["what"] = c.what;
  if (c.min) json["min"] = *c.min;
  if (c.max) json["max"] = *c.max;
  if (!c.items.empty()) json["items"] = c.items;
  if (!c.when.empty()) json["when"] = c.when;
  return json;
}

}  // namespace

Json question_summary_json(const Question& q) {
  return {{"id", q.id},       {"title", q.title}, {"question", q.question},
          {"category", q.category}, {"tags", q.tags}, {"template", q.template_name}};
}

Json question_json(const Question& q, const std::vector<std::string>& sections) {
  Json json = question_summary_json(q);
  json["sections"] = sections;
  json["why"] = q.why;
  json["look_for"] = q.look_for;
  json["tips"] = q.tips;
  json["pitfalls"] = q.pitfalls;
  json["variables"] = Json::array();
  for (const Variable& v : q.variables) json["variables"].push_back(variable_json(v));
  json["target"] = target_json(q.target);
  json["checks"] = Json::array();
  for (const Check& c : q.checks) json["checks"].push_back(check_json(c));
  return json;
}

}  // namespace prepkit
