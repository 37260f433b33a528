// Reading whole files and writing them atomically, with errors as Diagnostics.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace prepkit {

// Files larger than this are refused rather than read (drafts, banks, templates, config, data,
// standard input). cmark-gfm needs up to ~230 bytes of memory per byte of hostile Markdown, so
// 1 MiB keeps any draft within a few hundred MiB; see docs/limits.md.
constexpr size_t kMaxInputBytes = 1024 * 1024;

struct ReadResult {
  std::string text;
  std::optional<Diagnostic> error;
};

// Reads `path` whole; refuses folders, unreadable files and files over kMaxInputBytes.
ReadResult read_file(const std::string& path);

// Reads a stream to its end, shown as `name` in errors; refuses more than kMaxInputBytes (and
// stops reading there).
ReadResult read_stream(std::istream& in, const std::string& name);

// Writes `text` to `path` through a temporary file in the same folder and a rename,
// so a failed or interrupted write leaves no partial file. Creates missing folders.
std::optional<Diagnostic> write_file_atomically(const std::string& path, const std::string& text);

// The regular files under `folder` whose names end in `extension`, sorted, recursively; each
// path as lexically_normal() writes it.
std::vector<std::string> files_with_extension(const std::string& folder,
                                              const std::string& extension, bool recursive);

// std::filesystem::path(path).lexically_normal().string(), without building a path when the
// path is normal already (no empty, "." or ".." parts, no trailing '/'), as listed files are.
std::string lexically_normal(const std::string& path);

bool is_directory(const std::string& path);
bool path_exists(const std::string& path);

}  // namespace prepkit
