// Loads one question file (YAML) into a Question, reporting every problem at its node.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/bank/question.h"
#include "core/diagnostic.h"

namespace prepkit {

inline constexpr std::size_t kMaxChecksPerQuestion = 100;  // docs/limits.md

struct QuestionLoadResult {
  Question question;
  std::vector<Diagnostic> errors;  // empty when the question is usable
};

// `path` names the file in messages; `text` is its content.
QuestionLoadResult load_question(const std::string& path, const std::string& text);

}  // namespace prepkit
