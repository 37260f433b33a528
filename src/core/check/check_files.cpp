// Parallel checking: a shared counter hands out files to worker threads, and a bounded window
// of finished reports puts them back in path order.
#include "core/check/check_files.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "core/io/file_io.h"

namespace prepkit {
namespace {

constexpr size_t kReportsPerThread = 64;  // how far workers may run ahead of the sink

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

// Reports by input index: workers put them in any order, the sink takes them in index order.
// A worker waits before starting an index more than the window ahead of the next one taken.
class ReportWindow {
 public:
  explicit ReportWindow(size_t size) : slots_(size) {}

  void wait_for_room(size_t index) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return index < next_ + slots_.size(); });
  }

  void put(size_t index, FileReport report) {
    std::lock_guard<std::mutex> lock(mutex_);
    slots_[index % slots_.size()] = std::move(report);
    changed_.notify_all();
  }

  FileReport take(size_t index) {
    std::unique_lock<std::mutex> lock(mutex_);
    std::optional<FileReport>& slot = slots_[index % slots_.size()];
    changed_.wait(lock, [&] { return slot.has_value(); });
    FileReport report = std::move(*slot);
    slot.reset();
    next_ = index + 1;
    changed_.notify_all();
    return report;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::optional<FileReport>> slots_;
  size_t next_ = 0;  // the next index the sink takes
};

size_t thread_count(int jobs, size_t files) {
  size_t threads =
      jobs > 0 ? static_cast<size_t>(jobs) : std::max(1u, std::thread::hardware_concurrency());
  return std::min(threads, std::max<size_t>(1, files));
}

}  // namespace

void check_files(std::vector<DraftInput> inputs, const Bank& bank, const CheckOptions& options,
                 int jobs, const ReportSink& sink) {
  std::stable_sort(inputs.begin(), inputs.end(),
                   [](const DraftInput& a, const DraftInput& b) { return a.path < b.path; });
  TemplateCache templates(bank);
  size_t threads = thread_count(jobs, inputs.size());
  if (threads == 1) {
    for (const DraftInput& input : inputs) sink(check_input(input, bank, templates, options));
    return;
  }
  ReportWindow window(kReportsPerThread * threads);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < inputs.size();) {
      window.wait_for_room(i);
      window.put(i, check_input(inputs[i], bank, templates, options));
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(work);
  for (size_t i = 0; i < inputs.size(); ++i) sink(window.take(i));
  for (std::thread& thread : pool) thread.join();
}

}  // namespace prepkit
