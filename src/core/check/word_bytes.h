// ASCII word characters (letters, digits and '_', what RE2's \w and \b know as such), and a
// hash built a byte at a time, for the phrase list.
#pragma once

#include <array>
#include <cstdint>

namespace prepkit {

inline constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> word{};
  for (int c = 0; c < 256; ++c) {
    word[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  return word;
}();

inline bool is_ascii_word_byte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }

// Shifts and adds, as in djb2: the hash of a word's first n bytes is on the way to the whole
// word's.
inline constexpr uint64_t kWordHashStart = 5381;
inline uint64_t next_word_hash(uint64_t hash, char byte) {
  return (hash << 5) + hash + static_cast<unsigned char>(byte);
}

}  // namespace prepkit
