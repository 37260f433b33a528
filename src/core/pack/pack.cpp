// Building the pack document from the readiness model: read each chosen draft, clean it.
#include "core/pack/pack.h"

#include <fmt/format.h>

#include "core/io/file_io.h"
#include "core/pack/answer_text.h"

namespace prepkit {

PackResult build_pack(const StatusReport& status, const std::string& title) {
  PackResult result;
  result.document.title = title;
  for (const QuestionStatus& q : status.questions) {
    if (q.state == DraftState::missing) {
      result.document.missing.push_back(q.question);
      continue;
    }
    ReadResult read = read_file(q.file);
    if (read.error) {
      result.errors.push_back(*read.error);
      continue;
    }
    std::string answer = answer_markdown(read.text, *q.question, kPackHeadingShift);
    if (q.only_template_text || !has_content(answer)) answer.clear();
    result.document.drafted.push_back({q.question, q.file, std::move(answer)});
  }
  return result;
}

std::string pack_summary(const PackDocument& document) {
  size_t empty = 0;
  for (const PackEntry& entry : document.drafted) empty += entry.answer.empty() ? 1 : 0;
  size_t total = document.drafted.size() + document.missing.size();
  std::string text = fmt::format("{} question{}: {} answered", total, total == 1 ? "" : "s",
                                 document.drafted.size() - empty);
  if (empty > 0) text += fmt::format(", {} still empty", empty);
  return text + fmt::format(", {} not yet drafted", document.missing.size());
}

}  // namespace prepkit
