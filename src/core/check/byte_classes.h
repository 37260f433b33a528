// What 64 bytes of text are, one bit per byte: ASCII letters and digits, '_', white space, and
// the lead bytes of longer UTF-8 characters. Word finding and counting read these masks
// instead of branching on every byte.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace prepkit {

inline constexpr size_t kBlockBytes = 64;

struct ByteClasses {
  uint64_t alnum = 0;       // A-Z, a-z, 0-9
  uint64_t underscore = 0;  // '_'
  uint64_t space = 0;       // ' ', '\t', '\n', '\v', '\f', '\r'
  uint64_t lead = 0;        // 0xC0 to 0xFF: the first byte of a character of two or more bytes
};

// Bit i of each mask is about bytes[i]; all 64 bytes must be readable. Inline, so that a
// caller computes only the masks it reads. SSE2 where the target has it, one byte at a time
// otherwise: both give the same masks.
inline ByteClasses classify_block(const unsigned char* bytes) {
  ByteClasses classes;
#if defined(__SSE2__)
  // Unsigned ranges as signed comparisons: c + (0x80 - low) is below -128 + width just when c
  // is in [low, low + width).
  auto in_range = [](__m128i c, char low, char width) {
    __m128i shifted = _mm_add_epi8(c, _mm_set1_epi8(static_cast<char>(0x80 - low)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + width)));
  };
  auto bits = [](__m128i mask) { return static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(mask))); };
  for (size_t k = 0; k < 4; ++k) {
    __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
    __m128i letter = in_range(_mm_or_si128(c, _mm_set1_epi8(0x20)), 'a', 26);
    __m128i digit = in_range(c, '0', 10);
    __m128i space = _mm_or_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8(' ')), in_range(c, '\t', 5));
    __m128i lead = _mm_cmpeq_epi8(_mm_and_si128(c, _mm_set1_epi8(static_cast<char>(0xC0))),
                                  _mm_set1_epi8(static_cast<char>(0xC0)));
    size_t shift = 16 * k;
    classes.alnum |= bits(_mm_or_si128(letter, digit)) << shift;
    classes.underscore |= bits(_mm_cmpeq_epi8(c, _mm_set1_epi8('_'))) << shift;
    classes.space |= bits(space) << shift;
    classes.lead |= bits(lead) << shift;
  }
#else
  for (size_t i = 0; i < kBlockBytes; ++i) {
    unsigned char c = bytes[i];
    unsigned char lower = c | 0x20;
    uint64_t bit = uint64_t{1} << i;
    if ((lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9')) classes.alnum |= bit;
    if (c == '_') classes.underscore |= bit;
    if (c == ' ' || (c >= '\t' && c <= '\r')) classes.space |= bit;
    if (c >= 0xC0) classes.lead |= bit;
  }
#endif
  return classes;
}


// The same for the n bytes from `bytes` (n < 64): the missing ones are as NUL bytes would be.
ByteClasses classify_tail(const unsigned char* bytes, size_t n);

}  // namespace prepkit
