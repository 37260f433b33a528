// Building the pack document from the readiness model: read each chosen draft, clean it.
#include "core/pack/pack.h"

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
    result.document.answered.push_back({q.question, q.file, std::move(answer)});
  }
  return result;
}

}  // namespace prepkit
