// The arena behind cmark: zeroed callocs, reallocs that keep their bytes (in place or moved,
// across blocks and for pieces larger than a block), and reuse after a reset.
#include "core/markdown/parse_arena.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <string>

using namespace prepkit;

TEST_CASE("parse arena: calloc zeroes, realloc keeps the bytes, reset reuses", "[markdown]") {
  cmark_mem* mem = parse_arena();
  auto* zeroed = static_cast<unsigned char*>(mem->calloc(100, 3));
  CHECK(std::all_of(zeroed, zeroed + 300, [](unsigned char c) { return c == 0; }));

  std::string expected;
  char* grown = static_cast<char*>(mem->realloc(nullptr, 1));
  char* other = nullptr;
  for (size_t size = 1; size <= 1024 * 1024; size = size * 3 / 2 + 1) {
    grown = static_cast<char*>(mem->realloc(grown, size));
    std::memset(grown + expected.size(), 'a' + static_cast<char>(size % 26),
                size - expected.size());
    expected.resize(size, 'a' + static_cast<char>(size % 26));
    other = static_cast<char*>(mem->calloc(1, 40));  // so the next growth has to move
    std::memset(other, 'x', 40);
  }
  CHECK(std::string(grown, expected.size()) == expected);
  CHECK(std::string(other, 40) == std::string(40, 'x'));

  reset_parse_arena();
  void* first = mem->calloc(1, 16);
  reset_parse_arena();
  CHECK(mem->calloc(1, 16) == first);
  mem->free(first);
  reset_parse_arena();
}
