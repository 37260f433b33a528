// The question bank: built-in questions and templates plus those of --bank/--templates folders.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/bank/question.h"
#include "core/diagnostic.h"
#include "core/mustache/mustache.h"

namespace prepkit {

struct BankSources {
  bool builtin = true;                      // --no-builtin turns the built-in bank off
  std::vector<std::string> bank_dirs;       // later folders override earlier ones
  std::vector<std::string> template_dirs;   // searched first, in order
};

class Bank {
 public:
  const Question* find(const std::string& id) const;
  const std::vector<Question>& questions() const { return questions_; }  // sorted by id
  std::vector<std::string> ids() const;

  // A template (or partial, or parent) by name: "star" is the file star.mustache.
  std::optional<mustache::Source> find_template(const std::string& name) const;
  mustache::PartialLoader template_loader() const;

  // Adds a question; one with the same id replaces the earlier one.
  void add_question(Question question);
  // Adds a place to look for templates, searched before those added earlier.
  void add_template_source(std::string folder);
  void add_builtin_template(std::string name, std::string text);

 private:
  std::vector<Question> questions_;
  std::vector<std::string> template_dirs_;  // most preferred first
  std::map<std::string, std::string> builtin_templates_;
};

struct BankLoadResult {
  Bank bank;
  std::vector<Diagnostic> errors;
};

// Loads the built-in bank (unless turned off), then each bank folder in order. A bank folder
// holds question files (`*.yaml`) directly or in `questions/`, and templates in `templates/`.
BankLoadResult load_bank(const BankSources& sources);

// The question files of a bank folder.
std::vector<std::string> bank_question_files(const std::string& folder);

}  // namespace prepkit
