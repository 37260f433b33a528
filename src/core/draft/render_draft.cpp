// Draft rendering: variables, template context, front matter.
#include "core/draft/render_draft.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "core/bank/front_matter_loader.h"
#include "core/io/file_io.h"

namespace prepkit {

VariablesResult resolve_variables(const Question& question, const Variables& given) {
  VariablesResult result;
  for (const Variable& variable : question.variables) {
    auto it = given.find(variable.name);
    std::string value = variable.default_value.value_or("");
    if (it != given.end()) value = it->second;
    const auto& choices = variable.choices;
    if (it != given.end() && !choices.empty() &&
        std::find(choices.begin(), choices.end(), value) == choices.end()) {
      result.failed = variable.name;
      result.error = error_at("", 0, 0, fmt::format("'{}' is not a choice of '{}' for {} (choose {})",
                                                    value, variable.name, question.id,
                                                    fmt::join(choices, ", ")));
      return result;
    }
    result.values[variable.name] = value;
  }
  return result;
}

nlohmann::json template_context(const Question& question, const Variables& values) {
  nlohmann::json context = {
      {"id", question.id},         {"title", question.title},
      {"question", question.question}, {"category", question.category},
      {"tags", question.tags},     {"why", question.why},
      {"look_for", question.look_for}, {"tips", question.tips},
      {"pitfalls", question.pitfalls},
  };
  nlohmann::json when = nlohmann::json::object();
  for (const auto& [name, value] : values) {
    context[name] = value;
    when[name][value] = true;
  }
  context["when"] = when;
  return context;
}

RenderedTemplate render_question_template(const Question& question, const Bank& bank,
                                          const Variables& values) {
  RenderedTemplate result;
  std::optional<mustache::Source> source = bank.find_template(question.template_name);
  if (!source) {
    result.error = error_at(question.path, 0, 0,
                            fmt::format("template '{}' of question '{}' not found",
                                        question.template_name, question.id));
    return result;
  }
  mustache::RenderResult rendered =
      mustache::render(*source, template_context(question, values), bank.template_loader());
  result.text = std::move(rendered.output);
  result.error = std::move(rendered.error);
  result.warnings = std::move(rendered.warnings);
  if (!result.error && result.text.size() > kMaxInputBytes) {  // check would refuse the draft
    result.error = error_at(source->path, 0, 0,
                            fmt::format("question '{}' renders to {} bytes: a draft may have at most {}",
                                        question.id, result.text.size(), kMaxInputBytes));
    result.text.clear();
  }
  return result;
}

RenderedTemplate render_draft(const Question& question, const Bank& bank, const Variables& values) {
  RenderedTemplate result = render_question_template(question, bank, values);
  if (!result.error) {
    result.text = format_front_matter(question.id, question.template_name, values) + result.text;
  }
  return result;
}

}  // namespace prepkit
