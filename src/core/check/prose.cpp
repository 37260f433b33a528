// Prose helpers shared by the rules: placeholders, normalisation, word counts.
#include "core/check/prose.h"

#include <cctype>
#include <string_view>

#include "core/markdown/lines.h"

namespace prepkit {
namespace {

bool is_word_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || u >= 0x80;
}

bool word_at(const std::string& line, size_t pos, std::string_view word) {
  if (line.compare(pos, word.size(), word) != 0) return false;
  bool before = pos == 0 || !is_word_byte(line[pos - 1]);
  size_t after = pos + word.size();
  return before && (after >= line.size() || !is_word_byte(line[after]));
}

}  // namespace

std::vector<Span> find_placeholders(const std::string& line) {
  std::vector<Span> spans;
  bool unclosed = false;  // no "]]" after here: later "[[" need no search (linear time)
  for (size_t pos = 0; pos < line.size();) {
    if (!unclosed && line.compare(pos, 2, "[[") == 0) {
      size_t close = line.find("]]", pos + 2);
      unclosed = close == std::string::npos;
      if (close != std::string::npos) {
        spans.push_back({pos, close + 2});
        pos = close + 2;
        continue;
      }
    }
    bool matched = false;
    for (std::string_view marker : {"TODO", "TBD", "FIXME"}) {
      if (word_at(line, pos, marker)) {
        spans.push_back({pos, pos + marker.size()});
        pos += marker.size();
        matched = true;
        break;
      }
    }
    if (!matched) ++pos;
  }
  return spans;
}

std::string normalize_line(const std::string& line) {
  std::string text = line;
  std::vector<Span> spans = find_placeholders(text);
  for (auto it = spans.rbegin(); it != spans.rend(); ++it) text.erase(it->begin, it->end - it->begin);
  std::string folded;
  for (char c : trim(text)) {
    bool space = c == ' ' || c == '\t';
    if (space && (folded.empty() || folded.back() == ' ')) continue;
    folded += space ? ' ' : c;
  }
  size_t start = 0;  // past leading list and quote markers (one pass: "- - - ..." is linear)
  while (start < folded.size() && std::string_view("-*+> \t\r\n").find(folded[start]) != std::string_view::npos) {
    ++start;
  }
  return trim(folded.substr(start));
}

bool has_words(const std::string& line) {
  for (char c : line) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

int count_words(const std::string& line) {
  int words = 0;
  bool in_word = false;
  bool has_alnum = false;
  for (size_t i = 0; i <= line.size(); ++i) {
    bool space = i == line.size() || std::isspace(static_cast<unsigned char>(line[i]));
    if (!space) {
      in_word = true;
      unsigned char c = static_cast<unsigned char>(line[i]);
      has_alnum = has_alnum || std::isalnum(c) || c >= 0x80;
    } else if (in_word) {
      words += has_alnum ? 1 : 0;
      in_word = has_alnum = false;
    }
  }
  return words;
}

std::vector<int> prose_lines(const Draft& draft, const Section* section) {
  int first = section ? section->first_body_line : 1;
  int last = section ? section->last_body_line : static_cast<int>(draft.lines.size());
  std::vector<int> lines;
  for (int line = first; line <= last; ++line) {
    if (!is_structure_line(draft, line)) lines.push_back(line);
  }
  return lines;
}

int draft_words(const Draft& draft) {
  int words = 0;
  for (const Section& section : draft.sections) {
    for (int line : prose_lines(draft, &section)) {
      std::string text = prose_line(draft, line);
      std::vector<Span> spans = find_placeholders(text);
      for (auto it = spans.rbegin(); it != spans.rend(); ++it) text.erase(it->begin, it->end - it->begin);
      words += count_words(text);
    }
  }
  return words;
}

}  // namespace prepkit
