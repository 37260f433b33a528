// Trimming and white-space folding: the view, in-place and copying forms agree, exactly.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "core/markdown/lines.h"

using namespace prepkit;

namespace {

bool is_white(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The definition: each run of spaces, tabs and line endings made one space, then trimmed.
std::string reference_collapse(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_white(text[i])) {
      out += text[i];
    } else if (i + 1 < text.size() && !is_white(text[i + 1]) && !out.empty()) {
      out += ' ';
    }
  }
  return out;
}

}  // namespace

TEST_CASE("trim, trim_view and trim_in_place agree", "[lines]") {
  CHECK(trim("") == "");
  CHECK(trim(" \t\r\n") == "");
  CHECK(trim("\t a b \n") == "a b");
  CHECK(trim_view("  x\v ") == "x\v");  // a vertical tab is not trimmed
  std::mt19937 random(8);
  std::uniform_int_distribution<int> length(0, 12);
  std::uniform_int_distribution<int> pick(0, 6);
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += " \t\r\nab\f"[pick(random)];
    std::string in_place = text;
    trim_in_place(&in_place);
    INFO("text '" << text << "'");
    REQUIRE(trim_view(text) == trim(text));
    REQUIRE(in_place == trim(text));
    REQUIRE(collapse_white_space(text) == reference_collapse(text));
  }
}

TEST_CASE("collapse_white_space folds runs and trims", "[lines]") {
  CHECK(collapse_white_space("") == "");
  CHECK(collapse_white_space(" \t\r\n ") == "");
  CHECK(collapse_white_space("  a \t\n b  c\r\n") == "a b c");
  CHECK(collapse_white_space("a\fb") == "a\fb");
}
