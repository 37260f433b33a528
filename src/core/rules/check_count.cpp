// Check kind `count`: how many questions, list items, points or words the named sections hold.
#include <fmt/format.h>

#include <cctype>
#include <optional>

#include "core/check/prose.h"
#include "core/check/question_checks.h"
#include "core/check/region.h"

namespace prepkit {
namespace {

int count_questions(std::string_view text) {
  int count = 0;
  for (size_t i = 1; i < text.size(); ++i) {
    bool ends = i + 1 == text.size() || !std::isalnum(static_cast<unsigned char>(text[i + 1]));
    if (text[i] == '?' && text[i - 1] != ' ' && text[i - 1] != '?' && ends) ++count;
  }
  return count;
}

enum class Items { all, top_level };  // top_level: not those nested in another item

// List items (not checklist items) that start on a line of own text. Region lines are in
// increasing order, so each item is a binary search (a scan made this quadratic).
int count_list_items(const RuleInput& input, const Region& region, Items which) {
  int count = 0;
  for (const ListItem& item : input.draft.items) {
    if (item.task || (item.nested && which == Items::top_level)) continue;
    std::optional<size_t> index = region.find_line(item.line);
    if (index && has_words(region.line_text(*index))) ++count;
  }
  return count;
}

// Whether the line ends with '.', '!' or '?', before any closing quote, bracket or emphasis.
bool ends_sentence(std::string_view line) {
  line = trim_view(line);
  while (!line.empty() && (line.back() == '"' || line.back() == '\'' || line.back() == ')' || line.back() == '*')) {
    line.remove_suffix(1);
  }
  return !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?');
}

// Points: the list items not inside another item, or, in sections written without a list,
// the paragraphs (runs of lines with words, parted by a line without or by a heading). A
// paragraph whose every line ends a sentence is one point a line: "one reason per line",
// written without blank lines.
int count_points(const RuleInput& input, const Region& region) {
  int items = count_list_items(input, region, Items::top_level);  // sub-points are evidence
  if (items > 0) return items;
  int points = 0;
  int lines = 0;          // of the paragraph at hand
  bool all_end = true;    // every one of them ends a sentence
  auto close_paragraph = [&] {
    if (lines > 0) points += all_end ? lines : 1;
    lines = 0;
    all_end = true;
  };
  for (size_t i = 0; i < region.size(); ++i) {
    std::string_view text = region.line_text(i);
    bool follows = i > 0 && region.line_number(i) == region.line_number(i - 1) + 1;
    if (!has_words(text)) {
      close_paragraph();
      continue;
    }
    if (!follows) close_paragraph();
    ++lines;
    all_end = all_end && ends_sentence(text);
  }
  close_paragraph();
  return points;
}

// "1 list item", "3 questions".
std::string counted(int count, const std::string& what) {
  std::string noun = what == "list-items" ? "list item" : what.substr(0, what.size() - 1);
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

}  // namespace

void run_count_check(const RuleInput& input, const Check& check, Findings& findings) {
  std::vector<const Section*> sections = named_sections(input.draft, check.sections);
  if (!check.sections.empty() && sections.empty()) return;
  Region region = own_text(input, sections);
  if (region.empty()) return;  // empty-section speaks for a section with nothing in it
  int count = check.what == "questions"    ? count_questions(region.text())
              : check.what == "list-items" ? count_list_items(input, region, Items::all)
              : check.what == "points"     ? count_points(input, region)
                                           : count_words(region.text());
  bool too_few = check.min && count < *check.min;
  bool too_many = check.max && count > *check.max;
  if (!too_few && !too_many) return;
  int line = 1, column = 1;
  section_place(check, sections, &line, &column);
  std::string bound = too_few ? fmt::format("at least {}", *check.min) : fmt::format("at most {}", *check.max);
  findings.add(check.id, check.severity, line, column,
               fmt::format("{} (found {}, want {})", check.message, counted(count, check.what), bound));
}

}  // namespace prepkit
