// UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF), and
// columns counted in characters.
#include "core/io/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace prepkit {
namespace {

// Length of the valid sequence starting at `i`, or 0.
size_t sequence_length(const std::string& text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (length == 0 || c > 0xF4 || i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  unsigned char second = byte(i + 1);
  if (c == 0xE0 && second < 0xA0) return 0;  // overlong
  if (c == 0xED && second > 0x9F) return 0;  // surrogate
  if (c == 0xF0 && second < 0x90) return 0;  // overlong
  if (c == 0xF4 && second > 0x8F) return 0;  // past U+10FFFF
  return length;
}

// The first byte at or after `i` that is not ASCII, or the size. Text is mostly ASCII: it is
// skipped 32 bytes at a time (four words tested with one mask), then 8, then byte by byte.
size_t skip_ascii(const std::string& text, size_t i) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  const char* data = text.data();
  for (uint64_t words[4] = {}; text.size() - i >= sizeof words; i += sizeof words) {
    std::memcpy(words, data + i, sizeof words);
    if (((words[0] | words[1] | words[2] | words[3]) & kHighBits) != 0) break;
  }
  for (uint64_t word = 0; text.size() - i >= 8; i += 8) {
    std::memcpy(&word, data + i, 8);
    if ((word & kHighBits) != 0) break;
  }
  while (i < text.size() && static_cast<unsigned char>(data[i]) < 0x80) ++i;
  return i;
}

}  // namespace

std::optional<size_t> find_invalid_utf8(const std::string& text) {
  for (size_t i = skip_ascii(text, 0); i < text.size(); i = skip_ascii(text, i)) {
    size_t length = sequence_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

void line_and_column(const std::string& text, size_t offset, int* line, int* column) {
  *line = 1;
  bool bom = text.compare(0, 3, "\xEF\xBB\xBF") == 0 && offset >= 3;
  size_t line_start = bom ? 3 : 0;  // a byte-order mark is not on the line, as for the rules
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    bool lone_cr = text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n');
    if (text[i] == '\n' || lone_cr) {  // line endings as the draft model counts them
      ++*line;
      line_start = i + 1;
    }
  }
  *column = character_column(std::string_view(text).substr(line_start),
                             static_cast<int>(offset - line_start) + 1);
}

int character_column(std::string_view line, int byte_column) {
  size_t bytes = std::min(line.size(), static_cast<size_t>(std::max(byte_column - 1, 0)));
  return count_characters(line.substr(0, bytes)) + 1 + std::max(0, byte_column - 1 - static_cast<int>(bytes));
}

int count_characters(std::string_view text) {
  int characters = 0;
  for (char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return characters;
}

}  // namespace prepkit
