// prepkit's entry point: parses the command line, runs one subcommand, maps results to exit codes.
#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "core/bank/suggest.h"

namespace {

const char* kFooter = R"(Examples:
  prepkit list
  prepkit show difficult-customer
  prepkit draft --all -o drafts
  prepkit check drafts
  prepkit check --format line drafts/made-a-mistake.md
  prepkit status drafts
  prepkit pack drafts -o prep.html

Run 'prepkit COMMAND --help' for a command's options and examples.)";

// CLI11 would call a misspelt command a missing one: name it and suggest the nearest.
bool check_command_name(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--bank" || arg == "--templates" || arg == "--color") {
      ++i;
      continue;
    }
    if (arg.empty() || arg[0] == '-') continue;
    if (std::find(names.begin(), names.end(), arg) != names.end()) return true;
    std::cerr << "prepkit: error: unknown command '" << arg << "'" << prepkit::did_you_mean(arg, names)
              << "\nRun 'prepkit --help' for the list of commands.\n";
    return false;
  }
  return true;
}

std::string failure_message(const CLI::App* app, const CLI::Error& error) {
  return fmt::format("prepkit: error: {}\nRun '{} --help' for options and examples.\n", error.what(),
                     app->get_parent() ? "prepkit " + app->get_name() : "prepkit");
}

int run(int argc, char** argv) {
  using namespace prepkit::cli;
  CLI::App app("prepkit: draft and check answers to interview questions", "prepkit");
  app.set_version_flag("--version", std::string("prepkit ") + PREPKIT_VERSION);
  app.footer(kFooter);
  app.require_subcommand(1);
  app.fallthrough();
  AppContext context;
  add_global_options(app, context.options);
  int exit_code = kExitOk;
  add_list_command(app, context, &exit_code);
  add_show_command(app, context, &exit_code);
  add_draft_command(app, context, &exit_code);
  add_check_command(app, context, &exit_code);
  add_render_command(app, context, &exit_code);
  add_validate_command(app, context, &exit_code);
  add_status_command(app, context, &exit_code);
  add_pack_command(app, context, &exit_code);
  app.failure_message(failure_message);
  for (CLI::App* sub : app.get_subcommands({})) sub->failure_message(failure_message);
  if (!check_command_name(app, argc, argv)) return kExitError;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitError;
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "prepkit: error: " << e.what() << '\n';
    return prepkit::cli::kExitError;
  }
}
