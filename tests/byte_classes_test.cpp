// Byte classes: every byte value in every place of a block is classed as its definition says.
#include <catch2/catch.hpp>

#include <cctype>

#include "core/check/byte_classes.h"

using namespace prepkit;

TEST_CASE("each byte value is classed as letter or digit, '_', white space or lead byte", "[byte-classes]") {
  for (size_t place = 0; place < kBlockBytes; ++place) {
    for (int value = 0; value < 256; ++value) {
      unsigned char block[kBlockBytes] = {};
      block[place] = static_cast<unsigned char>(value);
      ByteClasses classes = classify_block(block);
      uint64_t bit = uint64_t{1} << place;
      bool ascii = value < 0x80;
      INFO("byte " << value << " at " << place);
      CHECK(((classes.alnum & bit) != 0) == (ascii && std::isalnum(value) != 0));
      CHECK(((classes.underscore & bit) != 0) == (value == '_'));
      CHECK(((classes.space & bit) != 0) == (ascii && std::isspace(value) != 0));
      CHECK(((classes.lead & bit) != 0) == (value >= 0xC0));
      CHECK((classes.alnum & ~bit) == 0);  // the NUL bytes around it are none of these
    }
  }
}

TEST_CASE("a partial block is classed as if NUL bytes followed it", "[byte-classes]") {
  const unsigned char text[] = "a_ \xC3\xA9";
  ByteClasses classes = classify_tail(text, 5);
  CHECK(classes.alnum == 0b1);
  CHECK(classes.underscore == 0b10);
  CHECK(classes.space == 0b100);
  CHECK(classes.lead == 0b1000);
}
