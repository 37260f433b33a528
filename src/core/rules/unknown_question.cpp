// unknown-question: the draft names a question that no bank has (reported by the checker,
// which cannot run the other rules without the question).
#include "core/rules/rules.h"

namespace prepkit {

extern const Rule kUnknownQuestion = {"unknown-question",
                                      "the draft names a question that no bank has",
                                      Severity::error, nullptr};

}  // namespace prepkit
