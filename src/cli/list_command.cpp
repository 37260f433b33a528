// `prepkit list`: the questions of the bank, filtered by category or tag, as text, JSON or bare ids.
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "core/report/question_report.h"

namespace prepkit::cli {
namespace {

struct ListOptions {
  std::string category;
  std::string tag;
  std::string format = "text";
  bool ids = false;  // one id per line, for shell completion and scripts
};

int run_list(AppContext& context, const ListOptions& options) {
  if (!context.load()) return kExitError;
  std::vector<const Question*> shown;
  for (const Question& q : context.bank().questions()) {
    if (!options.category.empty() && q.category != options.category) continue;
    if (!options.tag.empty() && std::find(q.tags.begin(), q.tags.end(), options.tag) == q.tags.end()) continue;
    shown.push_back(&q);
  }
  if (options.ids) {
    for (const Question* q : shown) std::cout << q->id << '\n';
  } else if (options.format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Question* q : shown) list.push_back(question_summary_json(*q));
    std::cout << list.dump(2) << '\n';
  } else {
    write_question_table(std::cout, shown);
  }
  return kExitOk;
}

}  // namespace

void add_list_command(CLI::App& app, AppContext& context, int* exit_code) {
  auto options = std::make_shared<ListOptions>();
  CLI::App* list = app.add_subcommand("list", "List the questions of the bank");
  list->add_option("--category", options->category, "Only questions of this category");
  list->add_option("--tag", options->tag, "Only questions with this tag");
  CLI::Option* format = list->add_option("--format", options->format, "text or json")
                            ->check(CLI::IsMember({"text", "json"}));
  list->add_flag("--ids", options->ids, "Print only the ids, one per line (for scripts and completion)");
  list->footer(R"(Examples:
  prepkit list
  prepkit list --category behavioural
  prepkit list --tag star --format json
  prepkit list --ids --category compliance)");
  list->callback([&context, options, format, exit_code] {
    if (options->ids && format->count() > 0) {
      context.error("--ids prints bare ids; it cannot be combined with --format");
      *exit_code = kExitError;
      return;
    }
    *exit_code = run_list(context, *options);
  });
}

}  // namespace prepkit::cli
