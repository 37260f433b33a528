// Declarations of the built-in rules; each is defined in its own file in this folder.
#pragma once

#include "core/rules/rule.h"

namespace prepkit {

extern const Rule kMissingSection;
extern const Rule kEmptySection;
extern const Rule kSectionOrder;
extern const Rule kDuplicateSection;
extern const Rule kPlaceholder;
extern const Rule kTemplateText;
extern const Rule kUncheckedItem;
extern const Rule kTooLong;
extern const Rule kTooShort;
extern const Rule kUnknownQuestion;

}  // namespace prepkit
