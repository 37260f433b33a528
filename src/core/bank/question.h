// The question model: one interview question with its guidance, template, variables and checks.
#pragma once

#include <atomic>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace prepkit {

struct Variable {
  std::string name;
  std::string prompt;
  std::vector<std::string> choices;  // empty: any value
  std::optional<std::string> default_value;
};

// Target length of the candidate's own words; 0 means no bound.
struct Target {
  int min_words = 0;
  int max_words = 0;
  int min_seconds = 0;
  int max_seconds = 0;
};

enum class CheckKind { require, forbid, count, number, checked };

class PhraseList;  // a check's phrases compiled for matching (core/check/phrase_matcher.h)

// Where the checker keeps a check's compiled phrases once it has used them, so that each
// later draft finds them without a search. A copy starts empty: a copied check whose list is
// then changed never matches with its original's.
class CompiledPhrasesSlot {
 public:
  CompiledPhrasesSlot() = default;
  CompiledPhrasesSlot(const CompiledPhrasesSlot&) noexcept {}
  CompiledPhrasesSlot& operator=(const CompiledPhrasesSlot&) noexcept {
    list_.store(nullptr, std::memory_order_relaxed);
    return *this;
  }
  const PhraseList* get() const { return list_.load(std::memory_order_acquire); }
  void set(const PhraseList* list) const { list_.store(list, std::memory_order_release); }

 private:
  mutable std::atomic<const PhraseList*> list_{nullptr};
};

// A question-specific check declared in the bank (see docs/questions.md).
struct Check {
  std::string id;
  CheckKind kind = CheckKind::require;
  Severity severity = Severity::warning;
  std::string message;
  std::vector<std::string> sections;         // empty: the whole draft
  std::vector<std::string> any;              // require / forbid
  CompiledPhrasesSlot compiled_any;          // `any` compiled, filled on first use
  std::string what;                          // count: questions | list-items | points | words
  std::optional<int> min;                    // count
  std::optional<int> max;                    // count
  std::vector<std::string> items;            // checked
  std::map<std::string, std::string> when;   // variable -> value that enables the check
  int line = 0;                              // where the check is declared
  int column = 0;
};

struct Question {
  std::string id;
  std::string title;
  std::string question;
  std::string category;
  std::vector<std::string> tags;
  std::string template_name;
  std::string why;
  std::vector<std::string> look_for;
  std::vector<std::string> tips;
  std::vector<std::string> pitfalls;
  std::vector<Variable> variables;
  Target target;
  std::vector<Check> checks;
  std::string path;  // the file it came from ("builtin:questions/<id>.yaml" for built-ins)
  int id_line = 1;   // where the id is written
  int id_column = 1;
};

std::string_view check_kind_name(CheckKind kind);

}  // namespace prepkit
