// Question loader: YAML syntax, known keys, types and required fields, each error at its node.
#include "core/bank/question_loader.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "core/bank/check_loader.h"
#include "core/bank/yaml_reader.h"

namespace prepkit {
namespace {

const std::vector<std::string> kQuestionKeys = {
    "id",   "title",    "question", "category", "tags",      "template", "why",
    "look_for", "tips", "pitfalls", "variables", "target",   "checks"};
const std::vector<std::string> kRequiredKeys = {"id",       "title", "question",
                                                "category", "template", "why"};
const std::vector<std::string> kVariableKeys = {"name", "prompt", "choices", "default"};
const std::vector<std::string> kTargetKeys = {"min_words", "max_words", "min_seconds",
                                              "max_seconds"};

void load_variable(YamlReader& reader, const YAML::Node& node, Question* question) {
  if (!node.IsMap()) {
    reader.error(node, "each variable must be a mapping with 'name', 'prompt', 'choices', 'default'");
    return;
  }
  reader.check_keys(node, kVariableKeys, "a variable");
  reader.check_required(node, {"name"}, "a variable");
  Variable variable;
  if (node["name"]) reader.read_string(node["name"], "name", &variable.name);
  if (node["prompt"]) reader.read_string(node["prompt"], "prompt", &variable.prompt);
  if (node["choices"]) reader.read_string_list(node["choices"], "choices", &variable.choices);
  if (node["default"]) {
    std::string value;
    if (reader.read_string(node["default"], "default", &value)) {
      variable.default_value = value;
      const auto& choices = variable.choices;
      if (!choices.empty() && std::find(choices.begin(), choices.end(), value) == choices.end()) {
        reader.error(node["default"], fmt::format("default '{}' is not one of the choices of '{}'",
                                                  value, variable.name));
      }
    }
  }
  question->variables.push_back(std::move(variable));
}

void load_target(YamlReader& reader, const YAML::Node& node, Target* target) {
  if (!node.IsMap()) {
    reader.error(node, "'target' must be a mapping such as {min_words: 120, max_words: 350}");
    return;
  }
  reader.check_keys(node, kTargetKeys, "'target'");
  if (node["min_words"]) reader.read_int(node["min_words"], "min_words", &target->min_words);
  if (node["max_words"]) reader.read_int(node["max_words"], "max_words", &target->max_words);
  if (node["min_seconds"]) reader.read_int(node["min_seconds"], "min_seconds", &target->min_seconds);
  if (node["max_seconds"]) reader.read_int(node["max_seconds"], "max_seconds", &target->max_seconds);
}

void load_lists(YamlReader& reader, const YAML::Node& root, Question* q) {
  if (root["tags"]) reader.read_string_list(root["tags"], "tags", &q->tags);
  if (root["look_for"]) reader.read_string_list(root["look_for"], "look_for", &q->look_for);
  if (root["tips"]) reader.read_string_list(root["tips"], "tips", &q->tips);
  if (root["pitfalls"]) reader.read_string_list(root["pitfalls"], "pitfalls", &q->pitfalls);
  if (const YAML::Node variables = root["variables"]) {
    if (!variables.IsSequence()) reader.error(variables, "'variables' must be a list");
    else for (const YAML::Node& v : variables) load_variable(reader, v, q);
  }
  if (root["target"]) load_target(reader, root["target"], &q->target);
  if (const YAML::Node checks = root["checks"]) {
    if (!checks.IsSequence()) reader.error(checks, "'checks' must be a list");
    else if (checks.size() > kMaxChecksPerQuestion) {
      reader.error(checks, fmt::format("{} checks: a question may have at most {}", checks.size(),
                                       kMaxChecksPerQuestion));
    } else {
      for (const YAML::Node& c : checks) load_check(reader, c, &q->checks);
    }
  }
}

void load_fields(YamlReader& reader, const YAML::Node& root, Question* q) {
  reader.check_keys(root, kQuestionKeys, "a question");
  reader.check_required(root, kRequiredKeys, "the question");
  if (root["id"]) {
    reader.read_string(root["id"], "id", &q->id);
    q->id_line = root["id"].Mark().line + 1;
    q->id_column = root["id"].Mark().column + 1;
  }
  if (root["title"]) reader.read_string(root["title"], "title", &q->title);
  if (root["question"]) reader.read_string(root["question"], "question", &q->question);
  if (root["category"]) reader.read_string(root["category"], "category", &q->category);
  if (root["template"]) reader.read_string(root["template"], "template", &q->template_name);
  if (root["why"]) reader.read_string(root["why"], "why", &q->why);
  load_lists(reader, root, q);
}

}  // namespace

QuestionLoadResult load_question(const std::string& path, const std::string& text) {
  QuestionLoadResult result;
  result.question.path = path;
  YamlReader reader(path, &result.errors);
  YAML::Node root;
  if (!parse_yaml(text, reader, &root)) return result;
  if (!root.IsMap()) {
    result.errors.push_back(error_at(path, 1, 1, "a question file must be a YAML mapping"));
    return result;
  }
  try {
    load_fields(reader, root, &result.question);
  } catch (const YAML::Exception& e) {
    reader.error(e.mark, e.msg);
  }
  return result;
}

}  // namespace prepkit
