// `prepkit show ID`: everything known about a question, as text, Markdown or JSON.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "core/bank/suggest.h"
#include "core/check/template_model.h"
#include "core/report/question_report.h"

namespace prepkit::cli {
namespace {

struct ShowOptions {
  std::string id;
  std::string format = "text";
};

int run_show(AppContext& context, const ShowOptions& options) {
  if (!context.load()) return kExitError;
  const Question* question = find_question_or_report(context, options.id);
  if (question == nullptr) return kExitError;
  TemplateCache templates(context.bank());
  auto model = templates.get(*question, resolve_variables(*question, context.config().variables).values);
  if (model->error) {
    context.report(*model->error);
    return kExitError;
  }
  std::vector<std::string> sections;
  for (const TemplateSection& section : model->sections) sections.push_back(section.title);
  if (options.format == "json") std::cout << question_json(*question, sections).dump(2) << '\n';
  else if (options.format == "markdown") write_question_markdown(std::cout, *question, sections);
  else write_question_text(std::cout, *question, sections);
  return kExitOk;
}

}  // namespace

const Question* find_question_or_report(const AppContext& context, const std::string& id) {
  const Question* question = context.bank().find(id);
  if (question == nullptr) {
    context.error(fmt::format("unknown question '{}'{}; 'prepkit list' shows them all", id,
                              did_you_mean(id, context.bank().ids())));
  }
  return question;
}

void add_show_command(CLI::App& app, AppContext& context, int* exit_code) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* show = app.add_subcommand("show", "Show a question: why it is asked, what to say, its checks");
  show->add_option("id", options->id, "Question id (see 'prepkit list')")->required();
  show->add_option("--format", options->format, "text, markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  show->footer(R"(Examples:
  prepkit show difficult-customer
  prepkit show patient-safety --format json)");
  show->callback([&context, options, exit_code] { *exit_code = run_show(context, *options); });
}

}  // namespace prepkit::cli
