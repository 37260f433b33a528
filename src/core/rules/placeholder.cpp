// placeholder: a fill-in marker ([[...]]) or TODO / TBD / FIXME is still in the draft.
#include <fmt/format.h>

#include "core/check/prose.h"
#include "core/rules/rules.h"

namespace prepkit {
namespace {

void run(const RuleInput& in, Findings& findings) {
  for (size_t i = 0; i < in.draft.prose.size(); ++i) {
    for (const Span& span : in.placeholders[i]) {
      if (span.continues) continue;  // reported where it opens
      std::string marker = placeholder_text(in.draft, in.placeholders, i, span);
      std::string message = marker[0] == '['
                                ? fmt::format("fill in the placeholder '{}'", marker)
                                : fmt::format("'{}' left in the draft: finish this part", marker);
      findings.add(kPlaceholder.id, kPlaceholder.severity, static_cast<int>(i) + 1,
                   static_cast<int>(span.begin) + 1, message);
    }
  }
}

}  // namespace

extern const Rule kPlaceholder = {"placeholder",
                                  "a fill-in marker of the template, or TODO / TBD / FIXME, is still there",
                                  Severity::error, run};

}  // namespace prepkit
