// too-long / too-short: the answer's words (and spoken seconds) outside the question's target.
#include <fmt/format.h>

#include "core/rules/rules.h"

namespace prepkit {
namespace {

std::string spoken(const RuleInput& in) {
  return fmt::format("{} word{}, about {} s spoken", in.words, in.words == 1 ? "" : "s", in.seconds);
}

void run_too_long(const RuleInput& in, Findings& findings) {
  const Target& t = in.question.target;
  if (t.max_words > 0 && in.words > t.max_words) {
    findings.add(kTooLong.id, kTooLong.severity, 1, 1,
                 fmt::format("answer is too long ({}): aim for at most {} words", spoken(in), t.max_words));
  } else if (t.max_seconds > 0 && in.seconds > t.max_seconds) {
    findings.add(kTooLong.id, kTooLong.severity, 1, 1,
                 fmt::format("answer is too long ({}): aim for at most {} s", spoken(in), t.max_seconds));
  }
}

void run_too_short(const RuleInput& in, Findings& findings) {
  const Target& t = in.question.target;
  if (t.min_words > 0 && in.words < t.min_words) {
    findings.add(kTooShort.id, kTooShort.severity, 1, 1,
                 fmt::format("answer is too short ({}): aim for at least {} words", spoken(in), t.min_words));
  } else if (t.min_seconds > 0 && in.seconds < t.min_seconds) {
    findings.add(kTooShort.id, kTooShort.severity, 1, 1,
                 fmt::format("answer is too short ({}): aim for at least {} s", spoken(in), t.min_seconds));
  }
}

}  // namespace

extern const Rule kTooLong = {"too-long", "words (and spoken seconds) over the question's target",
                              Severity::warning, run_too_long};
extern const Rule kTooShort = {"too-short", "words (and spoken seconds) under the question's target",
                               Severity::warning, run_too_short};

}  // namespace prepkit
