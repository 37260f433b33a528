// The `status` JSON format: {questions: [...], summary: {...}}, keys in a fixed order.
#include <nlohmann/json.hpp>

#include "core/report/status_report.h"

namespace prepkit {
namespace {

nlohmann::ordered_json question_entry(const QuestionStatus& q) {
  nlohmann::ordered_json file =
      q.file.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(q.file);
  return {{"id", q.question->id},
          {"state", std::string(draft_state_name(q.state))},
          {"file", file},
          {"errors", q.errors},
          {"warnings", q.warnings},
          {"words", q.words},
          {"seconds", q.seconds},
          {"checklist", {{"done", q.checklist_done}, {"total", q.checklist_total}}}};
}

}  // namespace

void write_status_json(std::ostream& out, const StatusReport& report) {
  nlohmann::ordered_json questions = nlohmann::ordered_json::array();
  for (const QuestionStatus& q : report.questions) questions.push_back(question_entry(q));
  const StatusSummary& s = report.summary;
  nlohmann::ordered_json json = {{"questions", questions},
                                 {"summary",
                                  {{"questions", s.questions},
                                   {"passing", s.passing},
                                   {"failing", s.failing},
                                   {"missing", s.missing},
                                   {"readiness", s.readiness}}}};
  out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace prepkit
