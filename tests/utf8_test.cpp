// UTF-8 validation: the first invalid offset wherever the bad byte sits, and agreement with a
// plain decoder on generated text.
#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/io/utf8.h"

using namespace prepkit;

namespace {

// The definition, one code point at a time: RFC 3629 sequences, no overlongs, no surrogates,
// nothing past U+10FFFF.
std::optional<size_t> reference_invalid(const std::string& text) {
  for (size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (length == 0 || i + length > text.size()) return i;
    unsigned long point = length == 1 ? c : c & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      point = point << 6 | (next & 0x3F);
    }
    static const unsigned long kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (point < kSmallest[length] || (point >= 0xD800 && point <= 0xDFFF) || point > 0x10FFFF) return i;
    i += length;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("valid text, ASCII or not, has no invalid offset", "[utf8]") {
  CHECK_FALSE(find_invalid_utf8("").has_value());
  CHECK_FALSE(find_invalid_utf8(std::string(100, 'a')).has_value());
  CHECK_FALSE(find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF").has_value());
}

TEST_CASE("a bad byte is found at every offset, before and after 8-byte boundaries", "[utf8]") {
  const std::vector<std::string> bad = {"\x80", "\xFF", "\xC0\x80", "\xC3", "\xE0\x80\x80",
                                        "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80"};
  for (const std::string& sequence : bad) {
    for (size_t offset = 0; offset < 40; ++offset) {
      std::string text = std::string(offset, 'a') + sequence + std::string(offset % 11, 'b');
      INFO("offset " << offset << ", sequence length " << sequence.size());
      REQUIRE(find_invalid_utf8(text) == std::optional<size_t>(offset));
      std::string after_utf8 = "\xC3\xA9" + text;  // a valid two-byte sequence first
      REQUIRE(find_invalid_utf8(after_utf8) == std::optional<size_t>(offset + 2));
    }
  }
}

TEST_CASE("a sequence cut short by the end of the text is invalid", "[utf8]") {
  for (size_t offset = 0; offset < 20; ++offset) {
    std::string text = std::string(offset, 'x') + "\xE2\x80";
    CHECK(find_invalid_utf8(text) == std::optional<size_t>(offset));
    CHECK_FALSE(find_invalid_utf8(text + "\x94").has_value());
  }
}

TEST_CASE("find_invalid_utf8 agrees with a plain decoder on generated text", "[utf8]") {
  const std::vector<std::string> pieces = {"a", "abcdefgh", "        ", "\n", "\xC3\xA9", "\xE2\x80\x94",
                                           "\xF0\x9F\x98\x80", "\x80", "\xC3", "\xE2\x80", "\xED\xA0\x80",
                                           "\xF4\x90\x80\x80", "\xFE", "\xEF\xBB\xBF"};
  std::mt19937 random(99);
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> count(0, 40);
  std::bernoulli_distribution only_valid(0.7);
  for (int i = 0; i < 20000; ++i) {
    bool valid = only_valid(random);
    std::string text;
    for (int n = count(random); n > 0; --n) {
      size_t p = piece(random);
      if (valid && p > 6 && p < 13) continue;  // mostly valid text, so bad bytes come late
      text += pieces[p];
    }
    INFO("text '" << text << "'");
    REQUIRE(find_invalid_utf8(text) == reference_invalid(text));
  }
}
