// Parallel checking: a shared counter hands out files to worker threads.
#include "core/check/check_files.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "core/io/file_io.h"

namespace prepkit {
namespace {

FileReport check_input(const DraftInput& input, const Bank& bank, TemplateCache& templates,
                       const CheckOptions& options) {
  std::string fallback = id_from_path(input.path);
  if (input.loaded) return check_text(input.path, input.text, fallback, bank, templates, options);
  ReadResult read = read_file(input.path);
  if (read.error) {
    FileReport report;
    report.path = input.path;
    report.input_error = read.error;
    return report;
  }
  return check_text(input.path, read.text, fallback, bank, templates, options);
}

}  // namespace

std::vector<FileReport> check_files(const std::vector<DraftInput>& inputs, const Bank& bank,
                                    const CheckOptions& options, int jobs) {
  std::vector<FileReport> reports(inputs.size());
  TemplateCache templates(bank);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < inputs.size();) reports[i] = check_input(inputs[i], bank, templates, options);
  };
  size_t threads = jobs > 0 ? static_cast<size_t>(jobs) : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, std::max<size_t>(1, inputs.size()));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  std::stable_sort(reports.begin(), reports.end(),
                   [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
  return reports;
}

}  // namespace prepkit
