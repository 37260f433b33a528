// The `status` text format: an aligned table of questions, coloured on a terminal, then totals.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "core/report/status_report.h"

namespace prepkit {
namespace {

constexpr size_t kColumns = 8;
using Row = std::array<std::string, kColumns>;

const Row kHeader = {"QUESTION", "STATE", "ERRORS",    "WARNINGS",
                     "WORDS",    "TIME",  "CHECKLIST", "DRAFT"};
constexpr std::array<bool, kColumns> kRightAligned = {false, false, true, true,
                                                      true,  true,  true, false};

std::string paint(bool color, std::string_view code, const std::string& text) {
  if (!color || code.empty()) return text;
  return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

std::string spoken(int seconds) { return fmt::format("{}:{:02}", seconds / 60, seconds % 60); }

std::string plural(int count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

Row row_cells(const QuestionStatus& q) {
  if (q.state == DraftState::missing) {
    return {q.question->id, "missing", "-", "-", "-", "-", "-", "none"};
  }
  return {q.question->id,
          std::string(draft_state_name(q.state)),
          std::to_string(q.errors),
          std::to_string(q.warnings),
          std::to_string(q.words),
          spoken(q.seconds),
          q.checklist_total == 0 ? "-" : fmt::format("{}/{}", q.checklist_done, q.checklist_total),
          q.file};
}

// The colour of a cell: the state, counts above zero, and a dimmed row for a missing draft.
std::string_view cell_color(const QuestionStatus& q, size_t column) {
  if (column == 1) {
    switch (q.state) {
      case DraftState::passing:
        return "32";
      case DraftState::failing:
        return "31";
      case DraftState::missing:
        return "33";
    }
  }
  if (q.state == DraftState::missing) return column == 0 ? "" : "2";
  if (column == 2 && q.errors > 0) return "31";
  if (column == 3 && q.warnings > 0) return "33";
  return "";
}

std::string format_row(const Row& cells, const std::array<size_t, kColumns>& widths, bool color,
                       const QuestionStatus* q) {
  std::string line;
  for (size_t c = 0; c < kColumns; ++c) {
    bool last = c + 1 == kColumns;
    std::string cell = kRightAligned[c] ? fmt::format("{:>{}}", cells[c], widths[c])
                       : last           ? cells[c]
                                        : fmt::format("{:<{}}", cells[c], widths[c]);
    line += paint(color, q == nullptr ? "1" : cell_color(*q, c), cell);
    if (!last) line += "  ";
  }
  return line;
}

void write_totals(std::ostream& out, const StatusSummary& s, bool color) {
  out << fmt::format("{}: {} passing, {} failing, {} missing; {}, {}; {}, about {} spoken\n",
                     plural(s.questions, "question"), s.passing, s.failing, s.missing,
                     plural(s.errors, "error"), plural(s.warnings, "warning"),
                     plural(s.words, "word"), spoken(s.seconds));
  bool ready = s.questions > 0 && s.passing == s.questions;
  std::string line = fmt::format("Readiness: {}% ({} of {} passing)", s.readiness, s.passing,
                                 plural(s.questions, "question"));
  out << paint(color, ready ? "1;32" : "1", line) << '\n';
}

}  // namespace

void write_status_text(std::ostream& out, const StatusReport& report, bool color) {
  std::vector<Row> rows;
  std::array<size_t, kColumns> widths{};
  for (size_t c = 0; c < kColumns; ++c) widths[c] = kHeader[c].size();
  for (const QuestionStatus& q : report.questions) {
    rows.push_back(row_cells(q));
    for (size_t c = 0; c < kColumns; ++c) widths[c] = std::max(widths[c], rows.back()[c].size());
  }
  if (!rows.empty()) {
    out << format_row(kHeader, widths, color, nullptr) << '\n';
    for (size_t i = 0; i < rows.size(); ++i) {
      out << format_row(rows[i], widths, color, &report.questions[i]) << '\n';
    }
    out << '\n';
  }
  write_totals(out, report.summary, color);
}

}  // namespace prepkit
