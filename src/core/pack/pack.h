// Assembling one prep document: per question its guidance and the candidate's cleaned answer.
#pragma once

#include <string>
#include <vector>

#include "core/bank/question.h"
#include "core/diagnostic.h"
#include "core/status/status.h"

namespace prepkit {

// The answer's "## Situation" sits two levels down, under the question and "Your answer".
constexpr int kPackHeadingShift = 2;

struct PackEntry {
  const Question* question = nullptr;
  std::string file;    // the draft it came from
  std::string answer;  // Markdown (see answer_markdown); empty when nothing is written yet
};

struct PackDocument {
  std::string title;
  std::vector<PackEntry> drafted;        // in the order of the selection
  std::vector<const Question*> missing;  // questions without a draft, listed at the end
};

struct PackResult {
  PackDocument document;
  std::vector<Diagnostic> errors;  // drafts that could not be read again
};

// Reads the draft chosen for each question of `status` and builds the document.
PackResult build_pack(const StatusReport& status, const std::string& title);

// "4 questions: 2 answered, 1 still empty, 1 not yet drafted" ("still empty" only when some are).
std::string pack_summary(const PackDocument& document);

}  // namespace prepkit
