// Listing folders of drafts: the files found and their paths agree with std::filesystem's.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

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

namespace {

// What std::filesystem's iterators find, for comparison.
std::vector<std::string> listed_by_filesystem(const std::string& folder, bool recursive) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  auto add = [&](const fs::directory_entry& entry) {
    std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.size() > 3 && name[0] != '.' && name.compare(name.size() - 3, 3, ".md") == 0) {
      files.push_back(entry.path().lexically_normal().string());
    }
  };
  if (recursive) {
    for (const auto& entry : fs::recursive_directory_iterator(folder)) add(entry);
  } else {
    for (const auto& entry : fs::directory_iterator(folder)) add(entry);
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("files_with_extension lists what std::filesystem lists", "[io]") {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / ("prepkit-list-" + std::to_string(::getpid()));
  fs::remove_all(root);
  for (const char* folder : {"a/b", ".hidden", "c"}) fs::create_directories(root / folder);
  for (const char* file : {"top.md", "a/one.md", "a/b/two.md", "a/b/notes.txt", ".hidden/three.md",
                           "a/.dot.md", "c/x.markdown", "a/b/.md"}) {
    std::ofstream(root / file) << "x\n";
  }
  fs::create_symlink(root / "a/one.md", root / "c/link.md");
  fs::create_directory_symlink(root / "a", root / "c/linked-folder");
  fs::create_directory(root / "folder.md");
  for (std::string folder : {root.string(), root.string() + "/", (root / "a").string()}) {
    for (bool recursive : {true, false}) {
      CAPTURE(folder, recursive);
      CHECK(files_with_extension(folder, ".md", recursive) == listed_by_filesystem(folder, recursive));
    }
  }
  CHECK(files_with_extension(root.string(), ".md", true).size() == 5);
  CHECK(files_with_extension((root / "missing").string(), ".md", true).empty());
  fs::remove_all(root);
}
