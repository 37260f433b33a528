// Questions as reports: the list and show outputs in text, Markdown and JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <vector>

#include "core/bank/question.h"

namespace prepkit {

// {id, title, question, category, tags, template}: one entry of `list --format json`.
nlohmann::ordered_json question_summary_json(const Question& question);
// Everything known about a question (`show --format json`); `sections` are the headings its
// template renders with the default variables.
nlohmann::ordered_json question_json(const Question& question, const std::vector<std::string>& sections);

void write_question_table(std::ostream& out, const std::vector<const Question*>& questions);
void write_question_text(std::ostream& out, const Question& question,
                         const std::vector<std::string>& sections);
void write_question_markdown(std::ostream& out, const Question& question,
                             const std::vector<std::string>& sections);

// One line describing what a check looks for, e.g. "require in Situation, Action: any of ...".
std::string describe_check(const Check& check);

}  // namespace prepkit
