// Helpers shared by the fuzz targets: the input as text, split in two at a separator line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

namespace prepkit::fuzz {

// Inputs made of two files (a question and its template, data and a template) put this line
// between them. The fuzzer learns it from the dictionaries.
inline constexpr const char* kSeparator = "\n=====\n";

inline std::string as_text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// The text before the first separator and the text after it ("" when there is none).
inline std::pair<std::string, std::string> split_input(const std::string& text) {
  std::string separator = kSeparator;
  std::size_t cut = text.find(separator);
  if (cut == std::string::npos) return {text, ""};
  return {text.substr(0, cut), text.substr(cut + separator.size())};
}

// Aborts, so that libFuzzer (and the replay runner) report the input, when `ok` is false.
inline void require_at(bool ok, const char* what, const char* file, int line) {
  if (ok) return;
  std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
  std::abort();
}

// True unless `message` starts with `prefix`: the catch-all errors of the library mean a
// surprise (an exception nobody expected), which the targets treat as a bug.
inline bool not_internal(const std::string& message, const char* prefix) {
  return message.rfind(prefix, 0) != 0;
}

}  // namespace prepkit::fuzz

#define PREPKIT_FUZZ_REQUIRE(condition) \
  ::prepkit::fuzz::require_at((condition), #condition, __FILE__, __LINE__)
