// Replays saved inputs through a fuzz target without libFuzzer: each file named on the command
// line (folders: every file inside, sorted) goes to LLVMFuzzerTestOneInput once. A crash or a
// sanitizer report fails the run; so does an input slower than --max-seconds (default 10).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

namespace {

std::vector<std::string> input_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (!fs::exists(path)) continue;  // a target without regressions yet
    if (!fs::is_directory(path)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> inside;
    for (const auto& entry : fs::recursive_directory_iterator(path)) {
      if (entry.is_regular_file()) inside.push_back(entry.path().string());
    }
    std::sort(inside.begin(), inside.end());
    files.insert(files.end(), inside.begin(), inside.end());
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  double max_seconds = 10;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--max-seconds" && i + 1 < argc) max_seconds = std::atof(argv[++i]);
    else paths.push_back(arg);
  }
  int slow = 0;
  std::vector<std::string> files = input_files(paths);
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto start = std::chrono::steady_clock::now();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    if (took.count() > max_seconds) {
      std::fprintf(stderr, "%s: too slow: %.1f s (limit %.1f s)\n", file.c_str(), took.count(), max_seconds);
      ++slow;
    }
  }
  std::printf("replayed %zu inputs, %d too slow\n", files.size(), slow);
  return slow == 0 && !files.empty() ? 0 : 1;
}
