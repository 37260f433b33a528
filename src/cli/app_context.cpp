// AppContext: config discovery, bank loading and the one place errors are printed.
#include "cli/app_context.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "core/config/rule_names.h"
#include "core/io/file_io.h"

namespace prepkit::cli {

bool AppContext::load_config_only() {
  std::string config_path = find_config(".");
  if (config_path.empty()) return true;
  ReadResult read = read_file(config_path);
  if (read.error) {
    report(*read.error);
    return false;
  }
  ConfigResult loaded = load_config(config_path, read.text);
  for (const Diagnostic& d : loaded.errors) report(d);
  config_ = std::move(loaded.config);
  return loaded.errors.empty();
}

bool AppContext::load() {
  if (!load_config_only()) return false;
  BankSources sources;
  sources.builtin = !options.no_builtin;
  sources.bank_dirs = config_.banks;
  sources.bank_dirs.insert(sources.bank_dirs.end(), options.banks.begin(), options.banks.end());
  sources.template_dirs = options.templates;
  sources.template_dirs.insert(sources.template_dirs.end(), config_.templates.begin(),
                               config_.templates.end());
  BankLoadResult loaded = load_bank(sources);
  for (const Diagnostic& d : loaded.errors) report(d);
  bank_ = std::make_unique<Bank>(std::move(loaded.bank));
  std::vector<Diagnostic> unknown_rules = unknown_rule_names(config_, *bank_);
  for (const Diagnostic& d : unknown_rules) report(d);
  return loaded.errors.empty() && unknown_rules.empty();
}

CheckOptions AppContext::check_options() const {
  CheckOptions options;
  options.words_per_minute = config_.words_per_minute;
  options.severities = config_.rules;
  options.variables = config_.variables;
  return options;
}

void AppContext::report(const Diagnostic& diagnostic) const {
  Diagnostic shown = diagnostic;
  if (shown.path.empty()) shown.path = "prepkit";
  std::cerr << format_diagnostic(shown) << '\n';
}

void AppContext::error(const std::string& message) const {
  report(error_at("", 0, 0, message));
}

void AppContext::note(const std::string& message) const {
  if (!options.quiet) std::cerr << message << '\n';
}

bool AppContext::color_stdout() const {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("--bank", options.banks, "Add a question bank folder (repeatable; later wins)")
      ->type_name("DIR");
  app.add_option("--templates", options.templates, "Add a templates folder, searched first (repeatable)")
      ->type_name("DIR");
  app.add_flag("--no-builtin", options.no_builtin, "Leave out the built-in bank and templates");
  app.add_option("--color", options.color, "Colour output: auto, always or never (honours NO_COLOR)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
  app.add_flag("-q,--quiet", options.quiet, "Print no progress messages");
}

bool parse_assignments(const std::vector<std::string>& pairs, std::map<std::string, std::string>* out,
                       std::string* error) {
  for (const std::string& pair : pairs) {
    size_t equals = pair.find('=');
    if (equals == std::string::npos || equals == 0) {
      *error = fmt::format("--set takes KEY=VALUE, not '{}'", pair);
      return false;
    }
    (*out)[pair.substr(0, equals)] = pair.substr(equals + 1);
  }
  return true;
}

}  // namespace prepkit::cli
