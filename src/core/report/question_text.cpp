// Questions as text and Markdown, for `list` and `show`.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <sstream>

#include "core/report/question_report.h"

namespace prepkit {
namespace {

std::string target_text(const Target& t) {
  std::vector<std::string> parts;
  if (t.min_words || t.max_words) parts.push_back(fmt::format("{}-{} words", t.min_words, t.max_words));
  if (t.min_seconds || t.max_seconds) parts.push_back(fmt::format("{}-{} s spoken", t.min_seconds, t.max_seconds));
  return parts.empty() ? "none" : fmt::format("{}", fmt::join(parts, ", "));
}

std::string variable_text(const Variable& v) {
  std::string text = v.name;
  if (!v.choices.empty()) text += fmt::format(" ({})", fmt::join(v.choices, "|"));
  if (v.default_value) text += fmt::format(", default {}", *v.default_value);
  if (!v.prompt.empty()) text += ": " + v.prompt;
  return text;
}

constexpr size_t kTextWidth = 88;

// `text` wrapped at kTextWidth: the first line starts with `first`, the others with as many
// spaces; a '\n' in `text` starts a new line. Markdown output passes width 0: no wrapping.
std::string wrap(const std::string& text, const std::string& first, size_t width) {
  std::string indent(first.size(), ' ');
  std::string out = first;
  size_t line_length = first.size();
  bool line_empty = true;
  auto new_line = [&] {
    out += "\n" + indent;
    line_length = indent.size();
    line_empty = true;
  };
  std::istringstream paragraphs(text);
  bool first_paragraph = true;
  for (std::string paragraph; std::getline(paragraphs, paragraph); first_paragraph = false) {
    if (!first_paragraph) new_line();
    std::istringstream words(paragraph);
    for (std::string word; words >> word;) {
      if (width > 0 && !line_empty && line_length + 1 + word.size() > width) new_line();
      if (!line_empty) {
        out += ' ';
        ++line_length;
      }
      out += word;
      line_length += word.size();
      line_empty = false;
    }
  }
  return out;
}

// Writes a titled list; `bullet` starts each item ("  - " for text, "- " for Markdown).
void write_list(std::ostream& out, std::string_view title, const std::vector<std::string>& items,
                const std::string& bullet, size_t width) {
  if (items.empty()) return;
  out << title << "\n";
  for (const std::string& item : items) out << wrap(item, bullet, width) << "\n";
  out << "\n";
}

std::vector<std::string> details(const Question& q, const std::vector<std::string>& sections) {
  std::vector<std::string> lines = {fmt::format("template: {}", q.template_name),
                                    fmt::format("sections: {}", fmt::join(sections, ", ")),
                                    fmt::format("target: {}", target_text(q.target))};
  for (const Variable& v : q.variables) lines.push_back("variable: " + variable_text(v));
  return lines;
}

std::vector<std::string> checks(const Question& q) {
  std::vector<std::string> lines;
  for (const Check& c : q.checks) lines.push_back(describe_check(c));
  return lines;
}

// The first words of a require or forbid list, so that a candidate sees what counts.
std::string phrase_sample(const Check& c) {
  constexpr size_t kShown = 8;
  if (c.any.empty()) return "";
  std::vector<std::string> shown(c.any.begin(), c.any.begin() + static_cast<std::ptrdiff_t>(std::min(kShown, c.any.size())));
  std::string more = c.any.size() > kShown ? fmt::format(" and {} more", c.any.size() - kShown) : "";
  const char* what = c.kind == CheckKind::forbid ? "Flags" : "Counts";
  return fmt::format("{}: {}{}.", what, fmt::join(shown, ", "), more);
}

}  // namespace

std::string describe_check(const Check& c) {
  std::string where = c.sections.empty() ? "the whole answer" : fmt::format("{}", fmt::join(c.sections, ", "));
  std::string text = fmt::format("{} ({}, {}) in {}: {}", c.id, check_kind_name(c.kind),
                                 severity_name(c.severity), where, c.message);
  if (!c.when.empty()) {
    std::vector<std::string> conditions;
    for (const auto& [name, value] : c.when) conditions.push_back(name + "=" + value);
    text += fmt::format(" [when {}]", fmt::join(conditions, ", "));
  }
  std::string sample = phrase_sample(c);
  if (!sample.empty()) text += "\n" + sample;  // a line of its own
  return text;
}

void write_question_table(std::ostream& out, const std::vector<const Question*>& questions) {
  size_t id_width = 2, category_width = 8;
  for (const Question* q : questions) {
    id_width = std::max(id_width, q->id.size());
    category_width = std::max(category_width, q->category.size());
  }
  out << fmt::format("{:<{}}  {:<{}}  {}\n", "ID", id_width, "CATEGORY", category_width, "TITLE");
  for (const Question* q : questions) {
    out << fmt::format("{:<{}}  {:<{}}  {}\n", q->id, id_width, q->category, category_width, q->title);
  }
}

void write_question_text(std::ostream& out, const Question& q, const std::vector<std::string>& sections) {
  out << q.title << " (" << q.id << ", " << q.category << ")\n\n";
  out << wrap(q.question, "  ", kTextWidth) << "\n\n";
  out << "Why it is asked\n" << wrap(q.why, "  ", kTextWidth) << "\n\n";
  write_list(out, "What a good answer contains", q.look_for, "  - ", kTextWidth);
  write_list(out, "Tips", q.tips, "  - ", kTextWidth);
  write_list(out, "Pitfalls", q.pitfalls, "  - ", kTextWidth);
  write_list(out, "Draft", details(q, sections), "  ", kTextWidth);
  write_list(out, "Checks on a draft", checks(q), "  - ", kTextWidth);
  if (!q.tags.empty()) out << "Tags: " << fmt::format("{}", fmt::join(q.tags, ", ")) << "\n";
}

void write_question_markdown(std::ostream& out, const Question& q,
                             const std::vector<std::string>& sections) {
  out << "# " << q.title << "\n\n> " << q.question << "\n\n";
  out << "*Id:* `" << q.id << "` · *Category:* " << q.category << "\n\n";
  out << "## Why it is asked\n\n" << q.why << "\n\n";
  write_list(out, "## What a good answer contains\n", q.look_for, "- ", 0);
  write_list(out, "## Tips\n", q.tips, "- ", 0);
  write_list(out, "## Pitfalls\n", q.pitfalls, "- ", 0);
  write_list(out, "## Draft\n", details(q, sections), "- ", 0);
  write_list(out, "## Checks on a draft\n", checks(q), "- ", 0);
}

}  // namespace prepkit
