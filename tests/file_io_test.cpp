// Paths of listed files: the fast lexically_normal agrees with std::filesystem's.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/io/file_io.h"

using namespace prepkit;

TEST_CASE("lexically_normal agrees with std::filesystem", "[io]") {
  for (std::string path : {"a/b.md", "/a/b.md", "b.md", "./a/b.md", "a/./b.md", "a/../b.md",
                           "a//b.md", "//a/b.md", "a/b/", "..", ".", "/", "", "a/.b/c..d/x.md",
                           "../a.md", "a/.."}) {
    CAPTURE(path);
    CHECK(lexically_normal(path) == std::filesystem::path(path).lexically_normal().string());
  }
}
