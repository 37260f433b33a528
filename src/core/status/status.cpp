// Building the readiness model from check results: drafts to questions, states, totals.
#include "core/status/status.h"

#include <fmt/format.h>

#include <filesystem>
#include <map>

#include "core/io/file_io.h"

namespace prepkit {
namespace {

void fill_from_draft(const FileReport& draft, Severity fail_on, QuestionStatus* status) {
  status->file = draft.path;
  status->words = draft.words;
  status->seconds = draft.seconds;
  status->checklist_done = draft.checklist_done;
  status->checklist_total = draft.checklist_total;
  status->only_template_text = draft.only_template_text;
  bool failing = false;
  for (const Diagnostic& d : draft.diagnostics) {
    if (d.severity == Severity::error) ++status->errors;
    if (d.severity == Severity::warning) ++status->warnings;
    failing = failing || d.severity >= fail_on;
  }
  status->state = failing ? DraftState::failing : DraftState::passing;
}

// A draft naming no question of the bank, as a warning at its unknown-question finding.
Diagnostic stray_warning(const FileReport& draft) {
  Diagnostic warning{draft.path,
                     0,
                     0,
                     Severity::warning,
                     "unknown-question",
                     fmt::format("unknown question '{}'", draft.question)};
  for (const Diagnostic& d : draft.diagnostics) {
    if (d.rule == "unknown-question") warning = d;
  }
  warning.severity = Severity::warning;
  warning.message += "; the draft is not counted";
  return warning;
}

StatusSummary summarize_status(const std::vector<QuestionStatus>& questions) {
  StatusSummary s;
  for (const QuestionStatus& q : questions) {
    ++s.questions;
    if (q.state == DraftState::passing) ++s.passing;
    if (q.state == DraftState::failing) ++s.failing;
    if (q.state == DraftState::missing) ++s.missing;
    s.errors += q.errors;
    s.warnings += q.warnings;
    s.words += q.words;
    s.seconds += q.seconds;
  }
  s.readiness = s.questions == 0 ? 0 : s.passing * 100 / s.questions;
  return s;
}

}  // namespace

std::string_view draft_state_name(DraftState state) {
  switch (state) {
    case DraftState::missing:
      return "missing";
    case DraftState::failing:
      return "failing";
    case DraftState::passing:
      return "passing";
  }
  return "missing";
}

std::vector<DraftInput> draft_inputs(const std::string& folder) {
  std::vector<DraftInput> inputs;
  for (const std::string& file : files_with_extension(folder, ".md", true)) {
    inputs.push_back({file, "", false});
  }
  return inputs;
}

StatusReport build_status(const Bank& bank, const std::vector<const Question*>& selection,
                          const std::vector<FileReport>& drafts, const StatusOptions& options) {
  std::map<std::string, std::vector<const FileReport*>> by_question;
  StatusReport report;
  for (const FileReport& draft : drafts) {
    if (bank.find(draft.question) == nullptr)
      report.strays.push_back(stray_warning(draft));
    else
      by_question[draft.question].push_back(&draft);
  }
  for (const Question* question : selection) {
    QuestionStatus status;
    status.question = question;
    auto found = by_question.find(question->id);
    if (found != by_question.end()) {
      fill_from_draft(*found->second.front(), options.fail_on, &status);
      for (size_t i = 1; i < found->second.size(); ++i)
        status.other_files.push_back(found->second[i]->path);
    }
    if (options.drafted_only && status.state == DraftState::missing) continue;
    report.questions.push_back(std::move(status));
  }
  report.summary = summarize_status(report.questions);
  return report;
}

}  // namespace prepkit
