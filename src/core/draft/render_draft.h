// Rendering a question's template into a fill-in draft, and the context templates see.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/bank/bank.h"
#include "core/diagnostic.h"

namespace prepkit {

using Variables = std::map<std::string, std::string>;

// The question's variables with `given` values applied and defaults filled in. A value
// outside a variable's choices is an error; names the question does not declare are ignored.
struct VariablesResult {
  Variables values;
  std::optional<Diagnostic> error;
  std::string failed;  // the variable whose value is not a choice
};
VariablesResult resolve_variables(const Question& question, const Variables& given);

// What a template sees: the question's fields, each variable by name, and
// `when.<variable>.<choice>` set to true for the chosen values.
nlohmann::json template_context(const Question& question, const Variables& values);

struct RenderedTemplate {
  std::string text;
  std::optional<Diagnostic> error;
  std::vector<Diagnostic> warnings;
};

// The question's template rendered with `values` (no front matter).
RenderedTemplate render_question_template(const Question& question, const Bank& bank,
                                          const Variables& values);

// A complete draft: front matter recording question, template and variables, then the
// rendered template.
RenderedTemplate render_draft(const Question& question, const Bank& bank, const Variables& values);

}  // namespace prepkit
