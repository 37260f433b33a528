// The question model as JSON values, written and read as CBOR for the compiled built-in bank.
#include "core/bank/question_cbor.h"

#include <optional>
#include <string>

namespace prepkit {

NLOHMANN_JSON_SERIALIZE_ENUM(CheckKind, {{CheckKind::require, "require"},
                                         {CheckKind::forbid, "forbid"},
                                         {CheckKind::count, "count"},
                                         {CheckKind::number, "number"},
                                         {CheckKind::checked, "checked"}})
NLOHMANN_JSON_SERIALIZE_ENUM(Severity, {{Severity::suggestion, "suggestion"},
                                        {Severity::warning, "warning"},
                                        {Severity::error, "error"}})

namespace {

// nlohmann-json 3.11 has no std::optional: null stands for "not given".
template <typename T>
nlohmann::json optional_json(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}

template <typename T>
std::optional<T> optional_from(const nlohmann::json& json) {
  if (json.is_null()) return std::nullopt;
  return json.get<T>();
}

}  // namespace

void to_json(nlohmann::json& json, const Variable& v) {
  json = {{"name", v.name}, {"prompt", v.prompt}, {"choices", v.choices},
          {"default", optional_json(v.default_value)}};
}

void from_json(const nlohmann::json& json, Variable& v) {
  json.at("name").get_to(v.name);
  json.at("prompt").get_to(v.prompt);
  json.at("choices").get_to(v.choices);
  v.default_value = optional_from<std::string>(json.at("default"));
}

void to_json(nlohmann::json& json, const Target& t) {
  json = {{"min_words", t.min_words}, {"max_words", t.max_words},
          {"min_seconds", t.min_seconds}, {"max_seconds", t.max_seconds}};
}

void from_json(const nlohmann::json& json, Target& t) {
  json.at("min_words").get_to(t.min_words);
  json.at("max_words").get_to(t.max_words);
  json.at("min_seconds").get_to(t.min_seconds);
  json.at("max_seconds").get_to(t.max_seconds);
}

void to_json(nlohmann::json& json, const Check& c) {
  json = {{"id", c.id},       {"kind", c.kind},   {"severity", c.severity},
          {"message", c.message}, {"sections", c.sections}, {"any", c.any},
          {"what", c.what},   {"min", optional_json(c.min)}, {"max", optional_json(c.max)},
          {"items", c.items}, {"when", c.when},   {"line", c.line},
          {"column", c.column}};
}

void from_json(const nlohmann::json& json, Check& c) {
  json.at("id").get_to(c.id);
  json.at("kind").get_to(c.kind);
  json.at("severity").get_to(c.severity);
  json.at("message").get_to(c.message);
  json.at("sections").get_to(c.sections);
  json.at("any").get_to(c.any);
  json.at("what").get_to(c.what);
  c.min = optional_from<int>(json.at("min"));
  c.max = optional_from<int>(json.at("max"));
  json.at("items").get_to(c.items);
  json.at("when").get_to(c.when);
  json.at("line").get_to(c.line);
  json.at("column").get_to(c.column);
}

void to_json(nlohmann::json& json, const Question& q) {
  json = {{"id", q.id},
          {"title", q.title},
          {"question", q.question},
          {"category", q.category},
          {"tags", q.tags},
          {"template", q.template_name},
          {"why", q.why},
          {"look_for", q.look_for},
          {"tips", q.tips},
          {"pitfalls", q.pitfalls},
          {"variables", q.variables},
          {"target", q.target},
          {"checks", q.checks},
          {"path", q.path},
          {"id_line", q.id_line},
          {"id_column", q.id_column}};
}

void from_json(const nlohmann::json& json, Question& q) {
  json.at("id").get_to(q.id);
  json.at("title").get_to(q.title);
  json.at("question").get_to(q.question);
  json.at("category").get_to(q.category);
  json.at("tags").get_to(q.tags);
  json.at("template").get_to(q.template_name);
  json.at("why").get_to(q.why);
  json.at("look_for").get_to(q.look_for);
  json.at("tips").get_to(q.tips);
  json.at("pitfalls").get_to(q.pitfalls);
  json.at("variables").get_to(q.variables);
  json.at("target").get_to(q.target);
  json.at("checks").get_to(q.checks);
  json.at("path").get_to(q.path);
  json.at("id_line").get_to(q.id_line);
  json.at("id_column").get_to(q.id_column);
}

std::vector<std::uint8_t> questions_to_cbor(const std::vector<Question>& questions) {
  return nlohmann::json::to_cbor(nlohmann::json(questions));
}

std::vector<Question> questions_from_cbor(std::string_view bytes) {
  return nlohmann::json::from_cbor(bytes.begin(), bytes.end()).get<std::vector<Question>>();
}

}  // namespace prepkit
