// Diagnostic helpers: severity names, the one-line error form, and report order.
#include "core/diagnostic.h"

#include <fmt/format.h>

#include <tuple>

namespace prepkit {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::suggestion: return "suggestion";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

bool parse_severity(std::string_view text, Severity* severity) {
  for (Severity candidate : {Severity::suggestion, Severity::warning, Severity::error}) {
    if (text == severity_name(candidate)) {
      *severity = candidate;
      return true;
    }
  }
  return false;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string place = d.path;
  if (d.line > 0) place += fmt::format(":{}", d.line);
  if (d.line > 0 && d.column > 0) place += fmt::format(":{}", d.column);
  std::string text = place.empty() ? "" : place + ": ";
  text += fmt::format("{}: {}", severity_name(d.severity), d.message);
  if (!d.rule.empty()) text += fmt::format(" [{}]", d.rule);
  return text;
}

Diagnostic error_at(std::string path, int line, int column, std::string message) {
  Diagnostic d;
  d.path = std::move(path);
  d.line = line;
  d.column = column;
  d.message = std::move(message);
  return d;
}

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
}

}  // namespace prepkit
