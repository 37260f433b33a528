// Finding the words of a text: runs of ASCII letters, digits and '_', as RE2's \w knows them.
#include "core/check/word_index.h"

#include <algorithm>

#include "core/check/byte_classes.h"

namespace prepkit {

void WordIndex::index(std::string_view text) {
  words_.clear();
  const auto size = static_cast<uint32_t>(std::min<size_t>(text.size(), UINT32_MAX));
  words_.reserve(size / 6);  // English prose: a word in about six bytes
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  // In blocks of 64 bytes, the bits where a word starts or ends (a word byte after another
  // kind, or the other way round) are taken in order: a start opens a word, an end closes it.
  uint64_t before = 0;  // whether the byte before the block is a word byte
  uint32_t start = 0;
  auto close = [&](uint32_t end) {
    uint32_t first_bytes = bytes[start];  // the first three bytes, or all of a shorter word
    if (end - start > 1) first_bytes |= uint32_t{bytes[start + 1]} << 8;
    if (end - start > 2) first_bytes |= uint32_t{bytes[start + 2]} << 16;
    words_.push_back({start, end, start_key(first_bytes)});
  };
  for (uint32_t base = 0; base < size; base += kBlockBytes) {
    uint32_t n = std::min<uint32_t>(kBlockBytes, size - base);
    ByteClasses block = n == kBlockBytes ? classify_block(bytes + base) : classify_tail(bytes + base, n);
    uint64_t word = block.alnum | block.underscore;
    for (uint64_t changes = word ^ (word << 1 | before); changes != 0; changes &= changes - 1) {
      uint32_t at = base + static_cast<uint32_t>(__builtin_ctzll(changes));
      if ((word >> (at - base) & 1) != 0) start = at;
      else close(at);
    }
    before = word >> 63;
  }
  if (before != 0) close(size);  // a word that runs to the end of a text of whole blocks
}

WordSpan WordIndex::within(size_t from, size_t to) const {
  auto starts_before = [](const IndexedWord& word, size_t offset) { return word.start < offset; };
  to = std::min<size_t>(to, UINT32_MAX);
  const IndexedWord* begin = std::lower_bound(words_.data(), words_.data() + words_.size(), from, starts_before);
  const IndexedWord* end = std::lower_bound(begin, words_.data() + words_.size(), to, starts_before);
  return {begin, end, from};
}

}  // namespace prepkit
