// Question-specific checks declared in the bank: one function per kind, each in its own file
// in src/core/rules/ (check_require.cpp, check_forbid.cpp, ...).
#pragma once

#include "core/rules/rule.h"

namespace prepkit {

// Runs every check of the question whose `when` matches the draft's variables.
void run_question_checks(const RuleInput& input, Findings& findings);

void run_require_check(const RuleInput& input, const Check& check, Findings& findings);
void run_forbid_check(const RuleInput& input, const Check& check, Findings& findings);
void run_count_check(const RuleInput& input, const Check& check, Findings& findings);
void run_number_check(const RuleInput& input, const Check& check, Findings& findings);
void run_checked_check(const RuleInput& input, const Check& check, Findings& findings);

// Where a finding about the check's sections goes: the first named section's heading; line 1
// when the check names no sections (it is about the whole draft).
void section_place(const Check& check, const std::vector<const Section*>& sections, int* line,
                   int* column);

}  // namespace prepkit
