// The readiness model: every question of a selection with the state of its draft, and totals.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bank/bank.h"
#include "core/check/check_files.h"
#include "core/diagnostic.h"

namespace prepkit {

enum class DraftState { missing, failing, passing };

std::string_view draft_state_name(DraftState state);

struct QuestionStatus {
  const Question* question = nullptr;
  DraftState state = DraftState::missing;
  std::string file;                      // the draft used; empty when there is none
  std::vector<std::string> other_files;  // further drafts of the same question, not used
  int errors = 0;
  int warnings = 0;
  int words = 0;
  int seconds = 0;
  int checklist_done = 0;
  int checklist_total = 0;
  bool only_template_text = false;  // the draft holds guidance text and nothing of its own
};

struct StatusSummary {
  int questions = 0;
  int passing = 0;
  int failing = 0;
  int missing = 0;
  int errors = 0;  // over every draft used
  int warnings = 0;
  int words = 0;
  int seconds = 0;
  int readiness = 0;  // passing * 100 / questions, rounded down; 0 with no questions
};

struct StatusOptions {
  Severity fail_on = Severity::error;  // a draft with a finding at or above it is failing
  bool drafted_only = false;           // leave out the questions that have no draft
};

struct StatusReport {
  std::vector<QuestionStatus> questions;  // in the order of the selection
  std::vector<Diagnostic> strays;         // warnings: drafts of questions the bank lacks
  StatusSummary summary;
};

// The drafts of a folder (every *.md inside, recursively), ready for check_files.
std::vector<DraftInput> draft_inputs(const std::string& folder);

// Matches checked drafts (usable ones, sorted by path) to the selected questions of `bank`:
// a draft belongs to the question its check ran against (front matter, else file name);
// of several drafts of one question the first by path is used.
StatusReport build_status(const Bank& bank, const std::vector<const Question*>& selection,
                          const std::vector<FileReport>& drafts, const StatusOptions& options);

}  // namespace prepkit
