// The readiness report of `status`: one writer per output format.
#pragma once

#include <ostream>

#include "core/status/status.h"

namespace prepkit {

// An aligned table (one row per question), the totals and the readiness figure; ANSI colours
// when `color`.
void write_status_text(std::ostream& out, const StatusReport& report, bool color);

// {"questions": [{id, state, file, errors, warnings, words, seconds, checklist: {done, total}}],
//  "summary": {questions, passing, failing, missing, readiness}}
void write_status_json(std::ostream& out, const StatusReport& report);

}  // namespace prepkit
