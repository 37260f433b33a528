// `prepkit validate`: every problem of bank folders and their templates, each with its place.
#pragma once

#include <string>
#include <vector>

#include "core/bank/bank.h"
#include "core/diagnostic.h"

namespace prepkit {

// A question file already read: the path messages name, and its text.
struct BankFile {
  std::string path;
  std::string text;
};

struct ValidateRequest {
  bool builtin = true;                      // validate the built-in bank as well
  std::vector<std::string> bank_dirs;       // bank folders to validate
  std::vector<std::string> template_dirs;   // --templates folders, searched first
};

// YAML syntax, keys, types and required fields; duplicate ids across files; file names that
// differ from ids; templates that are missing, do not parse or name unknown partials; checks
// that name sections the template never renders or checklist items it never has.
std::vector<Diagnostic> validate_banks(const ValidateRequest& request);

// The same checks for question files already in memory, with templates found in `templates`;
// validate_banks reads the folders and calls this. Sorted by place, without repeats.
std::vector<Diagnostic> validate_question_files(const std::vector<BankFile>& files,
                                                const Bank& templates);

}  // namespace prepkit
