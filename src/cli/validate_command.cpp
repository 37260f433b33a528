// `prepkit validate`: checks bank folders and templates; every problem on stdout, exit 0 or 2.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "core/validate/validate_bank.h"

namespace prepkit::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> folders;
};

int run_validate(AppContext& context, const ValidateOptions& options) {
  ValidateRequest request;
  request.template_dirs = context.options.templates;
  if (options.folders.empty()) {
    if (!context.load_config_only()) return kExitError;
    request.builtin = !context.options.no_builtin;
    request.bank_dirs = context.config().banks;
    request.bank_dirs.insert(request.bank_dirs.end(), context.options.banks.begin(), context.options.banks.end());
    request.template_dirs.insert(request.template_dirs.end(), context.config().templates.begin(),
                                 context.config().templates.end());
  } else {
    request.builtin = false;
    request.bank_dirs = options.folders;
  }
  std::vector<Diagnostic> problems = validate_banks(request);
  for (const Diagnostic& d : problems) std::cout << format_diagnostic(d) << '\n';
  if (problems.empty()) context.note("no problems found");
  return problems.empty() ? kExitOk : kExitError;
}

}  // namespace

void add_validate_command(CLI::App& app, AppContext& context, int* exit_code) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* validate = app.add_subcommand("validate", "Check bank folders and their templates for mistakes");
  validate->add_option("folders", options->folders,
                       "Bank folders (default: the built-in bank and those of --bank and .prepkit.yaml)");
  validate->footer(R"(Reports YAML syntax errors, unknown or misspelt keys, wrong types, missing fields,
duplicate ids, file names that differ from ids, missing or broken templates, and checks that
name sections or checklist items their template does not have: every problem as
FILE:LINE:COL: error: MESSAGE on standard output. Exit 0 when clean, 2 otherwise.

Examples:
  prepkit validate
  prepkit validate my-bank
  prepkit validate --templates shared-templates team-bank)");
  validate->callback([&context, options, exit_code] { *exit_code = run_validate(context, *options); });
}

}  // namespace prepkit::cli
