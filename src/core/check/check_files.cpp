// Parallel checking: a shared counter hands out files to threads, and a bounded window of
// finished reports puts them back in path order.
#include "core/check/check_files.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "core/io/file_io.h"

namespace prepkit {
namespace {

constexpr size_t kReportsPerThread = 64;  // how far threads may run ahead of the sink

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
  return check_text(input.path, std::move(read.text), fallback, bank, templates, options);
}

// Puts reports back in input order. Whichever thread stores the next report in line hands it
// to the sink, with those after it that are ready, one call at a time; no thread waits for
// another unless it would start a file more than the window ahead of the next one in line.
class InOrder {
 public:
  InOrder(size_t window, const ReportSink& sink) : slots_(window), sink_(sink) {}

  void wait_for_room(size_t index) {
    std::unique_lock<std::mutex> lock(mutex_);
    ++waiting_;
    room_.wait(lock, [&] { return index < next_ + slots_.size(); });
    --waiting_;
  }

  void put(size_t index, FileReport report) {
    std::unique_lock<std::mutex> lock(mutex_);
    slots_[index % slots_.size()] = std::move(report);
    if (handing_on_) return;  // that thread will find this report too
    handing_on_ = true;
    for (std::optional<FileReport>* slot; (slot = &slots_[next_ % slots_.size()])->has_value();) {
      FileReport ready = std::move(**slot);
      slot->reset();
      ++next_;
      if (waiting_ > 0) room_.notify_all();
      lock.unlock();
      sink_(std::move(ready));
      lock.lock();
    }
    handing_on_ = false;
  }

 private:
  std::mutex mutex_;
  std::condition_variable room_;
  std::vector<std::optional<FileReport>> slots_;
  const ReportSink& sink_;
  size_t next_ = 0;          // the next index to hand on
  size_t waiting_ = 0;       // threads waiting for room
  bool handing_on_ = false;  // a thread is calling the sink
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
  InOrder in_order(kReportsPerThread * threads, sink);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < inputs.size();) {
      in_order.wait_for_room(i);
      in_order.put(i, check_input(inputs[i], bank, templates, options));
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
}

}  // namespace prepkit
