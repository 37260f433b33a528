// What every subcommand shares: global options, .prepkit.yaml, the loaded bank, error output.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "core/bank/bank.h"
#include "core/check/check_options.h"
#include "core/config/config.h"
#include "core/diagnostic.h"

namespace prepkit::cli {

// Exit codes of the command-line contract.
constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

struct GlobalOptions {
  std::vector<std::string> banks;
  std::vector<std::string> templates;
  bool no_builtin = false;
  std::string color = "auto";  // auto | always | never
  bool quiet = false;
};

class AppContext {
 public:
  GlobalOptions options;

  // Reads .prepkit.yaml and loads the bank; prints what went wrong and returns false.
  bool load();
  // Reads .prepkit.yaml only; prints what went wrong and returns false.
  bool load_config_only();
  const Config& config() const { return config_; }
  // Speaking rate, rule severities and default variables of .prepkit.yaml, for checking drafts.
  CheckOptions check_options() const;
  const Bank& bank() const { return *bank_; }

  // Prints "path:line:col: error: message" (or "prepkit: error: message") to stderr.
  void report(const Diagnostic& diagnostic) const;
  void error(const std::string& message) const;
  void note(const std::string& message) const;  // progress on stderr, unless --quiet
  bool color_stdout() const;

 private:
  Config config_;
  std::unique_ptr<Bank> bank_;
};

// Adds the global options to an app or subcommand.
void add_global_options(CLI::App& app, GlobalOptions& options);

// Parses KEY=VALUE pairs of --set; false (with the message) when one has no '='.
bool parse_assignments(const std::vector<std::string>& pairs, std::map<std::string, std::string>* out,
                       std::string* error);

}  // namespace prepkit::cli
