// The ASCII words of a folded text, found once and shared by every phrase list matched
// against it, each with a key that says in one bit test whether a list may start with it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/check/word_bytes.h"

namespace prepkit {

// How many bits a list's start filter has (phrase_list.h): the range of a word's key.
inline constexpr uint32_t kStartKeyBits = 4096;

// The key of a word from its first three bytes, or all of a shorter word, as a little-endian
// number ("ab" is 'a' + 'b' * 256): 12 bits of a multiplicative hash.
inline uint32_t start_key(uint32_t first_bytes) { return (first_bytes * 0x9E3779B1u) >> 20; }

// Offsets are 32 bits: a text of up to 4 GiB (a draft has at most 1 MiB).
struct IndexedWord {
  uint32_t start;
  uint32_t end;
  uint32_t key;  // start_key of its first bytes
};

// Some words of an index, and where the text they are matched in starts in the indexed one.
struct WordSpan {
  const IndexedWord* begin = nullptr;
  const IndexedWord* end = nullptr;
  size_t base = 0;
};

class WordIndex {
 public:
  WordIndex() = default;
  explicit WordIndex(std::string_view text) { index(text); }
  // Indexes `text` afresh, keeping the room the last text's words took.
  void index(std::string_view text);

  // The words that lie in [from, to) of the indexed text, for matching in that part of it.
  WordSpan within(size_t from, size_t to) const;
  WordSpan all() const { return within(0, SIZE_MAX); }

 private:
  std::vector<IndexedWord> words_;
};

}  // namespace prepkit
