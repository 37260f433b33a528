// Prose helpers shared by the rules: placeholders, normalisation, word counts.
#include "core/check/prose.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <cctype>
#include <string_view>

#include "core/check/byte_classes.h"
#include "core/check/phrase_matcher.h"
#include "core/check/wrapped_placeholder.h"
#include "core/markdown/lines.h"

namespace prepkit {
namespace {

using namespace std::string_view_literals;

// <cctype>'s classes in the "C" locale prepkit runs in, without a library call per byte.
constexpr bool is_alnum(unsigned char c) {
  unsigned char lower = c | 0x20;
  return (c >= '0' && c <= '9') || (lower >= 'a' && lower <= 'z');
}

constexpr bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// A letter, digit or non-ASCII byte: what joins a placeholder word such as TODO to its neighbours.
constexpr bool is_wordy(unsigned char c) { return is_alnum(c) || c >= 0x80; }

bool is_word_byte(char c) { return is_wordy(static_cast<unsigned char>(c)) || c == '_'; }

// What a byte says about the run of non-space bytes it is in: an ASCII letter or digit makes
// it a word; a byte that starts a longer character makes it one if that character is a
// letter or digit (asked only then: most runs start with an ASCII letter).
enum ByteKind : uint8_t { kNeutral, kWordStart, kLeadByte };
constexpr std::array<ByteKind, 256> kByteKinds = [] {
  std::array<ByteKind, 256> kinds{};
  for (int c = 0; c < 256; ++c) {
    auto byte = static_cast<unsigned char>(c);
    kinds[static_cast<size_t>(c)] = is_alnum(byte) ? kWordStart : byte >= 0xC0 ? kLeadByte : kNeutral;
  }
  return kinds;
}();

bool makes_a_word(const unsigned char* byte, const unsigned char* end) {
  ByteKind kind = kByteKinds[*byte];
  return kind == kWordStart ||
         (kind == kLeadByte &&
          starts_with_letter_or_digit(std::string_view(reinterpret_cast<const char*>(byte),
                                                       static_cast<size_t>(end - byte))));
}

// The first byte from `byte` that is not white space. Blanked lines (comments, code, front
// matter) are long runs of spaces, skipped eight bytes at a time.
const unsigned char* skip_spaces(const unsigned char* byte, const unsigned char* end) {
  constexpr uint64_t kEightSpaces = 0x2020202020202020ULL;
  while (byte < end && is_space(*byte)) {  // one byte first: most gaps between words are one space
    ++byte;
    for (uint64_t eight = 0; end - byte >= 8; byte += 8) {
      std::memcpy(&eight, byte, 8);
      if (eight != kEightSpaces) break;
    }
  }
  return byte;
}

// Whether `word` stands at `pos` as a whole word. Underscores on both sides are emphasis
// ("_TODO_", "__TBD__") and part of no word; one alone ("TODO_") joins it to a name.
bool word_at(std::string_view line, size_t pos, std::string_view word) {
  if (line.compare(pos, word.size(), word) != 0) return false;
  size_t begin = pos;
  size_t end = pos + word.size();
  if (begin > 0 && end < line.size() && line[begin - 1] == '_' && line[end] == '_') {
    while (begin > 0 && line[begin - 1] == '_') --begin;
    while (end < line.size() && line[end] == '_') ++end;
  }
  bool before = begin == 0 || !is_word_byte(line[begin - 1]);
  return before && (end >= line.size() || !is_word_byte(line[end]));
}

// The first position from `pos` where a placeholder may start: '[', 'T' or 'F'. The three bytes
// are looked for in windows that double from 1024 bytes, each search stopping at the nearest hit
// so far: a call reads little past the candidate it returns, so a long line of 'T's and no '['
// is read once, not once per 'T' to its end.
size_t next_candidate(std::string_view line, size_t pos) {
  const char* data = line.data();
  for (size_t window = 1024;; window *= 2) {
    size_t end = std::min(line.size(), pos + window);
    size_t found = end;
    for (char first : {'[', 'T', 'F'}) {
      const void* hit = std::memchr(data + pos, first, found - pos);
      if (hit != nullptr) found = static_cast<size_t>(static_cast<const char*>(hit) - data);
    }
    if (found < end || end == line.size()) return found;
    pos = end;
  }
}

// The length of TODO, TBD or FIXME standing as a whole word at `pos`, or 0.
size_t marker_at(std::string_view line, size_t pos) {
  for (std::string_view marker : {"TODO"sv, "TBD"sv, "FIXME"sv}) {
    if (line[pos] == marker[0] && word_at(line, pos, marker)) return marker.size();
  }
  return 0;
}

std::string without_spans(std::string_view line, const std::vector<Span>& spans) {
  std::string text(line);
  for (auto it = spans.rbegin(); it != spans.rend(); ++it)
    text.erase(it->begin, it->end - it->begin);
  return text;
}

}  // namespace

std::vector<Span> find_placeholders(std::string_view line) {
  std::vector<Span> spans;
  bool unclosed = false;  // no "]]" after here: later "[[" need no search (linear time)
  for (size_t pos = next_candidate(line, 0); pos < line.size(); pos = next_candidate(line, pos)) {
    if (!unclosed && line[pos] == '[' && line.compare(pos, 2, "[[") == 0) {
      size_t close = line.find("]]", pos + 2);
      unclosed = close == std::string_view::npos;
      if (close != std::string_view::npos) {
        spans.push_back({pos, close + 2});
        pos = close + 2;
        continue;
      }
    }
    size_t marker = marker_at(line, pos);
    if (marker > 0) spans.push_back({pos, pos + marker});
    pos += std::max<size_t>(marker, 1);
  }
  return spans;
}

std::string normalize_line(std::string_view line) {
  std::string text;
  normalize_line(line, find_placeholders(line), &text);
  return text;
}

void normalize_line(std::string_view line, const std::vector<Span>& placeholders, std::string* out) {
  out->clear();
  size_t from = 0;  // the text between placeholders (sorted and apart) is folded as one
  for (const Span& span : placeholders) {
    append_collapsed(line.substr(from, span.begin - from), out);
    from = span.end;
  }
  append_collapsed(line.substr(from), out);
  if (!out->empty() && out->back() == ' ') out->pop_back();
  // Past leading list and quote markers (one pass: "- - - ..." is linear).
  out->erase(0, std::min(out->size(), out->find_first_not_of("-*+> ")));
}

bool has_words(std::string_view line) {
  const auto* byte = reinterpret_cast<const unsigned char*>(line.data());
  const unsigned char* end = byte + line.size();
  for (byte = skip_spaces(byte, end); byte < end; byte = skip_spaces(byte + 1, end)) {
    if (makes_a_word(byte, end)) return true;
  }
  return false;
}

int count_words(std::string_view line) {
  // A run of non-space bytes is a word if it holds a letter or digit of any script, counted at
  // the first: in each block of 64 bytes, the letters and digits (A) whose last byte before
  // them that is not punctuation is white space (S) or the start. Those places come out of one
  // addition as its carries: a bit of S generates one, punctuation passes it on, A stops it.
  int words = 0;
  uint64_t carry = 1;  // the start of the line is as white space before it
  const auto* bytes = reinterpret_cast<const unsigned char*>(line.data());
  for (size_t base = 0; base < line.size(); base += kBlockBytes) {
    size_t n = std::min(kBlockBytes, line.size() - base);
    ByteClasses block = n == kBlockBytes ? classify_block(bytes + base) : classify_tail(bytes + base, n);
    uint64_t letters = block.alnum;
    uint64_t space = block.space;
    uint64_t in_line = n == kBlockBytes ? ~uint64_t{0} : (uint64_t{1} << n) - 1;
    for (uint64_t lead = block.lead & in_line; lead != 0; lead &= lead - 1) {  // 'é', 'ж', '½'...
      size_t at = base + static_cast<size_t>(__builtin_ctzll(lead));
      if (starts_with_letter_or_digit(line.substr(at))) letters |= lead & -lead;
    }
    uint64_t passes = ~letters;  // white space and punctuation: a carry goes through both
    uint64_t sum = 0;
    uint64_t out = __builtin_add_overflow(passes, space, &sum);
    out |= __builtin_add_overflow(sum, carry, &sum);
    uint64_t carries = sum ^ passes ^ space;  // bit i: the carry into byte i
    words += __builtin_popcountll(letters & carries);
    carry = out;
  }
  return words;
}

LinePlaceholders find_draft_placeholders(const Draft& draft) {
  // Most lines hold no '[', 'T' or 'F', and three searches per line cost more than their
  // placeholders: each byte is found in the whole text instead, looked for again only once
  // passed, and only the lines that hold one of them are searched.
  const Lines& prose = draft.prose;
  const std::string& text = prose.text();
  auto find = [&text](char byte, size_t from) {
    const void* hit = std::memchr(text.data() + from, byte, text.size() - from);
    return hit == nullptr ? text.size() : static_cast<size_t>(static_cast<const char*>(hit) - text.data());
  };
  constexpr std::array<char, 3> kFirsts = {'[', 'T', 'F'};
  std::array<size_t, 3> next{};  // where each of kFirsts is next, at or after the line
  for (size_t k = 0; k < kFirsts.size(); ++k) next[k] = find(kFirsts[k], 0);
  size_t nearest = *std::min_element(next.begin(), next.end());
  const size_t lines = prose.size();
  LinePlaceholders placeholders(lines);
  std::vector<size_t> bracketed;  // lines with a '['
  for (size_t i = 0; i < lines; ++i) {
    size_t begin = prose.offset(i);
    size_t end = begin + prose[i].size();
    if (nearest >= end) continue;  // none of the three on this line: the common case
    for (size_t k = 0; k < kFirsts.size(); ++k) {
      if (next[k] < begin) next[k] = find(kFirsts[k], begin);
    }
    nearest = *std::min_element(next.begin(), next.end());
    if (nearest < end) placeholders[i] = find_placeholders(prose[i]);
    if (next[0] < end) bracketed.push_back(i);  // a "[[" may be left open on it
  }
  for (size_t i : bracketed) join_wrapped_placeholder(draft, i, &placeholders);
  return placeholders;
}

int draft_words(const Draft& draft, const LinePlaceholders& placeholders) {
  // Consecutive prose lines are counted as one stretch of the text (a line ending is white
  // space: no word runs across it); a line with placeholders on its own, without them.
  const Lines& prose = draft.prose;
  int words = 0;
  bool open = false;  // a stretch of lines not yet counted, from `stretch` to `stretch_end`
  size_t stretch = 0;
  size_t stretch_end = 0;
  auto count_stretch = [&] {
    if (open) words += count_words(std::string_view(prose.text()).substr(stretch, stretch_end - stretch));
    open = false;
  };
  for (const Section& section : draft.sections) {
    for (int line = section.first_body_line; line <= section.last_body_line; ++line) {
      auto index = static_cast<size_t>(line) - 1;
      if (line < 1 || index >= prose.size() || is_structure_line(draft, line)) {
        count_stretch();
        continue;
      }
      const std::vector<Span>& spans = placeholders[index];
      if (!spans.empty()) {
        count_stretch();
        words += count_words(without_spans(prose[index], spans));
        continue;
      }
      if (!open) stretch = prose.offset(index);
      open = true;
      stretch_end = prose.offset(index) + prose[index].size();
    }
    count_stretch();
  }
  return words;
}

int draft_words(const Draft& draft) { return draft_words(draft, find_draft_placeholders(draft)); }

}  // namespace prepkit
