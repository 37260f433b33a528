// Diagnostic: one finding or error with its place, the value every part of prepkit reports in.
#pragma once

#include <string>
#include <string_view>

namespace prepkit {

enum class Severity { suggestion, warning, error };

std::string_view severity_name(Severity severity);
// Parses "error", "warning" or "suggestion"; false for anything else.
bool parse_severity(std::string_view text, Severity* severity);

struct Diagnostic {
  std::string path;  // as given by the user; empty when no file applies
  int line = 0;      // 1-based; 0 when no position applies
  int column = 0;    // 1-based; 0 when no position applies
  Severity severity = Severity::error;
  std::string rule;  // rule id for findings in drafts; empty for input errors
  std::string message;
};

// "path:line:col: severity: message", leaving out the parts that are unknown.
std::string format_diagnostic(const Diagnostic& diagnostic);

// An error at a place; the common case for input problems.
Diagnostic error_at(std::string path, int line, int column, std::string message);

// Sort order of reports: path, line, column (use a stable sort: ties keep the order in which
// the rules found them).
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);

}  // namespace prepkit
