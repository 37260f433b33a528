// Cleaning a draft for the pack: cuts comments, front matter and title lines; shifts headings.
#include "core/pack/answer_text.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/check/prose.h"
#include "core/markdown/draft.h"
#include "core/markdown/lines.h"

namespace prepkit {
namespace {

struct CleanLines {
  std::vector<std::string> lines;  // the source lines with comments cut out
  std::vector<bool> drop;          // lines left out of the answer
};

bool is_blank(const std::string& line) { return trim(line).empty(); }

// Cuts every comment; a line that held one and is left blank is dropped.
void cut_comments(const Draft& draft, CleanLines* clean) {
  std::vector<bool> cut(clean->lines.size(), false);
  for (auto it = draft.comments.rbegin(); it != draft.comments.rend(); ++it) {
    for (int line = it->line; line <= it->last_line; ++line) {
      std::string& text = clean->lines[line - 1];
      size_t begin = std::min(text.size(), line == it->line ? size_t(it->column - 1) : 0);
      size_t end = std::max(
          begin,
          std::min(text.size(), line == it->last_line ? size_t(it->last_column) : text.size()));
      // "one <!-- c --> two" becomes "one two", not "one  two"
      if (begin > 0 && end < text.size() && text[begin - 1] == ' ' && text[end] == ' ') ++end;
      text.erase(begin, end - begin);
      cut[line - 1] = true;
    }
  }
  for (size_t i = 0; i < cut.size(); ++i) {
    if (cut[i] && is_blank(clean->lines[i])) clean->drop[i] = true;
  }
}

// The first line from `from` on (1-based) that is kept and not blank; 0 if none.
int first_kept_line(const CleanLines& clean, int from) {
  for (int line = std::max(from, 1); line <= static_cast<int>(clean.lines.size()); ++line) {
    if (!clean.drop[line - 1] && !is_blank(clean.lines[line - 1])) return line;
  }
  return 0;
}

// Drops the template's title: a level-1 heading first, then a block quote of the question.
void drop_title(const Draft& draft, const Question& question, CleanLines* clean) {
  int first = first_kept_line(*clean, 1);
  if (first == 0 || draft.headings.empty()) return;
  const Heading& title = draft.headings.front();
  if (title.level != 1 || title.line != first) return;
  for (int line = title.line; line <= title.last_line; ++line) clean->drop[line - 1] = true;
  int quote = first_kept_line(*clean, title.last_line + 1);
  if (quote == 0) return;
  std::string quoted;
  int end = quote;
  for (; end <= static_cast<int>(clean->lines.size()) && !is_blank(clean->lines[end - 1]); ++end) {
    std::string line = trim(clean->lines[end - 1]);
    if (line[0] != '>') return;
    quoted += " " + line.substr(1);
  }
  if (collapse_white_space(quoted) != collapse_white_space(question.question)) return;
  for (int line = quote; line < end; ++line) clean->drop[line - 1] = true;
}

void shift_heading(const Heading& heading, int shift, CleanLines* clean) {
  std::string hashes(static_cast<size_t>(std::min(6, heading.level + shift)), '#');
  std::string& first = clean->lines[heading.line - 1];
  if (heading.last_line == heading.line) {  // ATX, perhaps inside a quote or list item
    size_t begin = first.find('#');
    if (begin == std::string::npos) return;
    size_t end = first.find_first_not_of('#', begin);
    first = first.substr(0, begin) + hashes + (end == std::string::npos ? "" : first.substr(end));
    return;
  }
  std::string text;  // setext: the text lines joined, the underline dropped
  for (int line = heading.line; line < heading.last_line; ++line) {
    std::string part = trim(clean->lines[line - 1]);
    if (!part.empty() && part[0] == '>') return;  // inside a block quote: left as written
    text += (text.empty() || part.empty() ? "" : " ") + part;
  }
  first = hashes + " " + text;
  for (int line = heading.line + 1; line <= heading.last_line; ++line) clean->drop[line - 1] = true;
}

// The kept lines; a blank line that only follows another because lines between went is left out.
std::string join_kept(const CleanLines& clean) {
  std::string out;
  bool last_blank = true, dropped = false;
  for (size_t i = 0; i < clean.lines.size(); ++i) {
    if (clean.drop[i]) {
      dropped = true;
      continue;
    }
    bool blank = is_blank(clean.lines[i]);
    if (blank && last_blank && (dropped || out.empty())) continue;
    out += blank ? "\n" : clean.lines[i] + "\n";
    last_blank = blank;
    if (!blank) dropped = false;
  }
  while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0) out.pop_back();
  if (out == "\n") out.clear();
  return out;
}

}  // namespace

std::string answer_markdown(const std::string& text, const Question& question, int heading_shift) {
  Draft draft = parse_draft(text);
  CleanLines clean{{}, std::vector<bool>(draft.lines.size(), false)};
  clean.lines.reserve(draft.lines.size());
  for (size_t i = 0; i < draft.lines.size(); ++i) clean.lines.emplace_back(draft.lines[i]);
  for (int line = 1; line <= draft.front_matter.last_line; ++line) clean.drop[line - 1] = true;
  cut_comments(draft, &clean);
  drop_title(draft, question, &clean);
  for (const Heading& heading : draft.headings) {
    if (!clean.drop[heading.line - 1]) shift_heading(heading, heading_shift, &clean);
  }
  return join_kept(clean);
}

bool has_content(const std::string& markdown) {
  Draft draft = parse_draft(markdown);
  for (size_t i = 0; i < draft.lines.size(); ++i) {
    if (is_structure_line(draft, static_cast<int>(i) + 1)) continue;
    std::string line(draft.lines[i]);
    for (const Span& span : find_placeholders(line)) blank_span(&line, span.begin, span.end);
    for (unsigned char c : line) {
      if (c >= 0x80 || std::isalnum(c)) return true;
    }
  }
  return false;
}

}  // namespace prepkit
