// Names of question model enums.
#include "core/bank/question.h"

namespace prepkit {

std::string_view check_kind_name(CheckKind kind) {
  switch (kind) {
    case CheckKind::require: return "require";
    case CheckKind::forbid: return "forbid";
    case CheckKind::count: return "count";
    case CheckKind::number: return "number";
    case CheckKind::checked: return "checked";
  }
  return "require";
}

}  // namespace prepkit
