// A bump allocator behind cmark's calloc, realloc and free, one per thread.
#include "core/markdown/parse_arena.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace prepkit {
namespace {

constexpr size_t kBlockSize = 256 * 1024;
constexpr size_t kAlign = alignof(std::max_align_t);

struct alignas(kAlign) Header {
  size_t size;  // what the caller asked for
};

size_t rounded(size_t size) { return (size + kAlign - 1) / kAlign * kAlign; }

class Arena {
 public:
  void* allocate(size_t size, bool zero) {
    size_t need = sizeof(Header) + rounded(size);
    if (blocks_.empty() || used_ + need > capacity_) add_block(need);
    auto* header = reinterpret_cast<Header*>(blocks_.back().get() + used_);
    used_ += need;
    header->size = size;
    if (zero) std::memset(header + 1, 0, size);
    newest_ = header + 1;
    return newest_;
  }

  // Grows the newest allocation in place when there is room; otherwise moves it.
  void* reallocate(void* old, size_t size) {
    if (old == nullptr) return allocate(size, false);
    Header* header = static_cast<Header*>(old) - 1;
    if (size <= header->size) return old;
    size_t growth = rounded(size) - rounded(header->size);
    if (old == newest_ && used_ + growth <= capacity_) {
      used_ += growth;
      header->size = size;
      return old;
    }
    void* fresh = allocate(size, false);
    std::memcpy(fresh, old, header->size);
    return fresh;
  }

  void reset() {
    if (blocks_.size() > 1 || capacity_ != kBlockSize) {
      blocks_.clear();
      add_block(0);
    }
    used_ = 0;
    newest_ = nullptr;
  }

 private:
  void add_block(size_t need) {
    capacity_ = std::max(kBlockSize, need);
    blocks_.push_back(std::unique_ptr<char[]>(new char[capacity_]));
    used_ = 0;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t capacity_ = 0;     // of the newest block
  size_t used_ = 0;         // of the newest block
  void* newest_ = nullptr;  // the last allocation, which ends at used_
};

thread_local Arena arena;

void* arena_calloc(size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size) std::abort();  // as cmark's own allocator does
  return arena.allocate(count * size, true);
}

void* arena_realloc(void* old, size_t size) { return arena.reallocate(old, size); }

void arena_free(void*) {}

cmark_mem kArenaMem = {arena_calloc, arena_realloc, arena_free};

}  // namespace

cmark_mem* parse_arena() { return &kArenaMem; }

void reset_parse_arena() { arena.reset(); }

}  // namespace prepkit
