// File access for the library: whole-file reads, atomic writes, folder listings.
#include "core/io/file_io.h"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>
#include <string_view>

namespace fs = std::filesystem;

namespace prepkit {
namespace {

Diagnostic io_error(const std::string& path, const std::string& what) {
  return error_at(path, 0, 0, what);
}

bool write_all(int fd, const std::string& text) {
  size_t written = 0;
  while (written < text.size()) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

std::string temporary_name(const fs::path& target) {
  std::random_device device;
  return (target.parent_path() / fmt::format(".{}.{:08x}.tmp", target.filename().string(), device()))
      .string();
}

Diagnostic open_failure(const std::string& path, int error) {
  if (is_directory(path)) return io_error(path, "is a folder, not a file");
  return io_error(path, fmt::format("cannot read: {}", std::strerror(error)));
}

std::optional<Diagnostic> stat_failure(const std::string& path, const struct stat& info) {
  if (S_ISDIR(info.st_mode)) return io_error(path, "is a folder, not a file");
  auto size = static_cast<size_t>(info.st_size);
  if (S_ISREG(info.st_mode) && size > kMaxInputBytes) {
    return io_error(path, fmt::format("file is too large ({} bytes; the limit is {} bytes)", size,
                                      kMaxInputBytes));
  }
  return std::nullopt;
}

// Appends what `fd` holds to `text`, stopping one read past kMaxInputBytes or at an error.
void read_up_to_limit(int fd, size_t size_hint, std::string* text) {
  text->reserve(std::min(size_hint, kMaxInputBytes) + 1);
  char buffer[65536];
  while (text->size() <= kMaxInputBytes) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text->append(buffer, static_cast<size_t>(n));
  }
}

// Reads `in` to its end, or until it holds more than the size limit: no more is held in memory,
// even for endless inputs such as /dev/zero.
bool read_bounded(std::istream& in, std::string* text) {
  std::string chunk(64 * 1024, '\0');
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    text->append(chunk.data(), static_cast<size_t>(in.gcount()));
    if (text->size() > kMaxInputBytes) {
      text->clear();
      return false;
    }
  }
  return true;
}

}  // namespace

ReadResult read_file(const std::string& path) {
  ReadResult result;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    result.error = open_failure(path, errno);
    return result;
  }
  struct stat info {};
  if (::fstat(fd, &info) == 0) result.error = stat_failure(path, info);
  if (!result.error) read_up_to_limit(fd, static_cast<size_t>(info.st_size), &result.text);
  ::close(fd);
  if (result.text.size() > kMaxInputBytes) {
    result.text.clear();
    result.error = io_error(path, fmt::format("file is too large (the limit is {} bytes)", kMaxInputBytes));
  }
  return result;
}

ReadResult read_stream(std::istream& in, const std::string& name) {
  ReadResult result;
  if (!read_bounded(in, &result.text)) {
    result.error = io_error(name, fmt::format("standard input is too large (the limit is {} bytes)",
                                              kMaxInputBytes));
  }
  return result;
}

std::optional<Diagnostic> write_file_atomically(const std::string& path, const std::string& text) {
  fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) return io_error(path, fmt::format("cannot create folder: {}", ec.message()));
  std::string temporary = temporary_name(target);
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return io_error(path, fmt::format("cannot write: {}", std::strerror(errno)));
  bool ok = write_all(fd, text) && ::fsync(fd) == 0;
  int saved_errno = errno;
  ok = (::close(fd) == 0) && ok;
  if (ok && ::rename(temporary.c_str(), path.c_str()) == 0) return std::nullopt;
  if (ok) saved_errno = errno;
  ::unlink(temporary.c_str());
  return io_error(path, fmt::format("cannot write: {}", std::strerror(saved_errno)));
}

namespace {

bool is_folder_entry(const std::string& path, unsigned char type, bool* regular) {
  struct stat info {};
  if (type == DT_UNKNOWN && lstat(path.c_str(), &info) == 0) {
    type = S_ISLNK(info.st_mode) ? DT_LNK : S_ISDIR(info.st_mode) ? DT_DIR : S_ISREG(info.st_mode) ? DT_REG : DT_UNKNOWN;
  }
  // A link counts as the file it points to; a linked folder is not entered.
  *regular = type == DT_REG || (type == DT_LNK && stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode));
  return type == DT_DIR;
}

// Adds the matching files of `folder` to `files`, and those of its subfolders when
// `recursive`, as std::filesystem's directory iterators would find them (folders that cannot
// be read are skipped), with one readdir() per entry and no path objects.
void list_folder(const std::string& folder, std::string_view extension, bool recursive,
                 std::vector<std::string>* files) {
  DIR* dir = opendir(folder.c_str());
  if (dir == nullptr) return;
  std::vector<std::string> subfolders;
  while (const dirent* entry = readdir(dir)) {
    std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    std::string path = folder + "/" + std::string(name);
    bool regular = false;
    if (is_folder_entry(path, entry->d_type, &regular)) {
      if (recursive) subfolders.push_back(std::move(path));
    } else if (regular && name.size() > extension.size() && name[0] != '.' &&
               name.compare(name.size() - extension.size(), extension.size(), extension) == 0) {
      files->push_back(lexically_normal(path));
    }
  }
  closedir(dir);
  for (const std::string& subfolder : subfolders) list_folder(subfolder, extension, recursive, files);
}

}  // namespace

std::vector<std::string> files_with_extension(const std::string& folder,
                                              const std::string& extension, bool recursive) {
  std::vector<std::string> files;
  list_folder(folder, extension, recursive, &files);
  std::sort(files.begin(), files.end());
  return files;
}

std::string lexically_normal(const std::string& path) {
  bool normal = !path.empty() && path.back() != '/';
  for (size_t begin = 0; normal && begin <= path.size();) {
    size_t end = std::min(path.find('/', begin), path.size());
    std::string_view part = std::string_view(path).substr(begin, end - begin);
    normal = part == "" ? begin == 0 : part != "." && part != "..";  // "" first: the root
    begin = end + 1;
  }
  return normal ? path : fs::path(path).lexically_normal().string();
}

bool is_directory(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

bool path_exists(const std::string& path) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(path, ec));
}

}  // namespace prepkit
