// Finding the words of a text: runs of ASCII letters, digits and '_', as RE2's \w knows them.
#include "core/check/word_index.h"

#include <algorithm>
#include <cstring>

namespace prepkit {
namespace {

// The first byte from `at` that is not a space: blanked comments and placeholders are long runs
// of them, passed eight bytes at a time.
uint32_t skip_spaces(const unsigned char* bytes, uint32_t at, uint32_t size) {
  constexpr uint64_t kEightSpaces = 0x2020202020202020ULL;
  for (uint64_t eight = 0; size - at >= 8; at += 8) {
    std::memcpy(&eight, bytes + at, 8);
    if (eight != kEightSpaces) break;
  }
  return at;
}

}  // namespace

WordIndex::WordIndex(std::string_view text) {
  const auto size = static_cast<uint32_t>(std::min<size_t>(text.size(), UINT32_MAX));
  words_.reserve(size / 6);  // English prose: a word in about six bytes
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (uint32_t at = 0;;) {
    while (at < size && !kWordBytes[bytes[at]]) {
      uint32_t past = bytes[at] == ' ' ? skip_spaces(bytes, at, size) : at;
      at = past > at ? past : at + 1;
    }
    if (at >= size) return;
    uint32_t start = at;
    uint32_t first_bytes = bytes[at++];
    if (at < size && kWordBytes[bytes[at]]) {
      first_bytes |= uint32_t{bytes[at++]} << 8;
      if (at < size && kWordBytes[bytes[at]]) first_bytes |= uint32_t{bytes[at++]} << 16;
    }
    while (at < size && kWordBytes[bytes[at]]) ++at;
    words_.push_back({start, at, start_key(first_bytes)});
  }
}

WordSpan WordIndex::within(size_t from, size_t to) const {
  auto starts_before = [](const IndexedWord& word, size_t offset) { return word.start < offset; };
  to = std::min<size_t>(to, UINT32_MAX);
  const IndexedWord* begin = std::lower_bound(words_.data(), words_.data() + words_.size(), from, starts_before);
  const IndexedWord* end = std::lower_bound(begin, words_.data() + words_.size(), to, starts_before);
  return {begin, end, from};
}

}  // namespace prepkit
