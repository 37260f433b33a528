// `prepkit draft`: renders questions' templates into fill-in drafts, never overwriting by default.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "core/draft/render_draft.h"
#include "core/io/file_io.h"

namespace prepkit::cli {
namespace {

struct DraftOptions {
  std::vector<std::string> ids;
  bool all = false;
  std::string output;
  bool to_stdout = false;
  std::vector<std::string> assignments;
  bool dry_run = false;
  bool force = false;
  bool skip_existing = false;
};

struct PlannedDraft {
  std::string path;
  std::string text;
  bool exists = false;
};

// Every name given with --set must be a variable of at least one chosen question.
bool check_variable_names(const AppContext& context, const std::vector<const Question*>& questions,
                          const Variables& given) {
  for (const auto& [name, value] : given) {
    bool known = false;
    for (const Question* q : questions) {
      for (const Variable& v : q->variables) known = known || v.name == name;
    }
    if (!known) {
      context.error(fmt::format("no chosen question has a variable '{}'", name));
      return false;
    }
  }
  return true;
}

bool plan_drafts(const AppContext& context, const DraftOptions& options,
                 const std::vector<const Question*>& questions, const Variables& given,
                 std::vector<PlannedDraft>* plan) {
  std::string folder = options.output.empty() ? context.config().drafts : options.output;
  if (folder.empty()) folder = ".";
  for (const Question* q : questions) {
    VariablesResult values = resolve_variables(*q, given);
    if (values.error) {
      context.report(*values.error);
      return false;
    }
    RenderedTemplate rendered = render_draft(*q, context.bank(), values.values);
    for (const Diagnostic& warning : rendered.warnings) context.report(warning);
    if (rendered.error) {
      context.report(*rendered.error);
      return false;
    }
    std::string path = (std::filesystem::path(folder) / (q->id + ".md")).lexically_normal().string();
    plan->push_back({path, std::move(rendered.text), path_exists(path)});
  }
  return true;
}

int write_plan(const AppContext& context, const DraftOptions& options, std::vector<PlannedDraft>& plan) {
  std::vector<std::string> existing;
  for (const PlannedDraft& p : plan) {
    if (p.exists) existing.push_back(p.path);
  }
  if (!existing.empty() && !options.force && !options.skip_existing) {
    for (const std::string& path : existing) {
      context.report(error_at(path, 0, 0, "already exists; nothing was written (use --force to overwrite or --skip-existing to keep it)"));
    }
    return kExitError;
  }
  for (const PlannedDraft& p : plan) {
    if (p.exists && options.skip_existing) {
      context.note(fmt::format("skipped {} (exists)", p.path));
      continue;
    }
    const char* verb = p.exists ? "overwrite" : "write";
    if (options.dry_run) {
      std::cout << fmt::format("would {} {}\n", verb, p.path);
      continue;
    }
    if (std::optional<Diagnostic> error = write_file_atomically(p.path, p.text)) {
      context.report(*error);
      return kExitError;
    }
    context.note(fmt::format("wrote {}", p.path));
  }
  return kExitOk;
}

int run_draft(AppContext& context, const DraftOptions& options) {
  if (!context.load()) return kExitError;
  if (options.all == !options.ids.empty()) {
    context.error("name one or more question ids, or --all");
    return kExitError;
  }
  std::vector<const Question*> questions;
  for (const Question& q : context.bank().questions()) {
    if (options.all) questions.push_back(&q);
  }
  for (const std::string& id : options.ids) {
    const Question* q = find_question_or_report(context, id);
    if (q == nullptr) return kExitError;
    questions.push_back(q);
  }
  Variables given = context.config().variables;
  std::string message;
  Variables set;
  if (!parse_assignments(options.assignments, &set, &message)) {
    context.error(message);
    return kExitError;
  }
  if (!check_variable_names(context, questions, set)) return kExitError;
  for (const auto& [name, value] : set) given[name] = value;
  std::vector<PlannedDraft> plan;
  if (!plan_drafts(context, options, questions, given, &plan)) return kExitError;
  if (options.to_stdout) {
    for (const PlannedDraft& p : plan) std::cout << p.text;
    return kExitOk;
  }
  return write_plan(context, options, plan);
}

}  // namespace

void add_draft_command(CLI::App& app, AppContext& context, int* exit_code) {
  auto options = std::make_shared<DraftOptions>();
  CLI::App* draft = app.add_subcommand("draft", "Write fill-in drafts (DIR/ID.md) from the questions' templates");
  draft->add_option("ids", options->ids, "Question ids (see 'prepkit list')");
  draft->add_flag("--all", options->all, "Draft every question of the bank");
  draft->add_option("-o,--output", options->output, "Folder for the drafts (default from .prepkit.yaml, else .)")
      ->type_name("DIR");
  draft->add_flag("--stdout", options->to_stdout, "Print the drafts instead of writing files");
  draft->add_option("--set", options->assignments, "Set a template variable, e.g. --set role=clinical")
      ->type_name("KEY=VALUE");
  draft->add_flag("--dry-run", options->dry_run, "Say what would be written; write nothing");
  auto* force = draft->add_flag("--force", options->force, "Overwrite drafts that exist");
  draft->add_flag("--skip-existing", options->skip_existing, "Write only drafts that do not exist yet")
      ->excludes(force);
  draft->footer(R"(Existing drafts are never overwritten: if any target exists, nothing is written
and the command exits 2, unless --force or --skip-existing is given.

Examples:
  prepkit draft difficult-customer
  prepkit draft --all -o drafts
  prepkit draft patient-safety --set role=clinical -o drafts
  prepkit draft made-a-mistake --stdout)");
  draft->callback([&context, options, exit_code] { *exit_code = run_draft(context, *options); });
}

}  // namespace prepkit::cli
