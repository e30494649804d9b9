#pragma once
// For a kernel's result that stays a plain std::vector (a public type, so not a HugeArray):
// reserves room for n elements in the empty vector, plus one huge page, and marks the 2 MiB-aligned
// pages of that room for transparent huge pages (madvise, the mode Debian kernels default to)
// before anything is written. The fill that follows then faults in a few 2 MiB pages instead of 512
// small ones per MiB; on a virtual machine a page fault costs more than filling its page (two
// 4 MiB BFS result vectors: ~30 ms of faults with small pages, ~8 ms this way). The extra page of
// capacity lets the last huge page cover the end of the data; only the unaligned head (under
// 2 MiB) keeps small pages. Below 4 MiB it only reserves. Advice only: failure changes nothing.
#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace innonet {

template <class T>
void reserve_huge(std::vector<T>& v, std::size_t n) {
  constexpr std::size_t kHugePage = std::size_t{2} << 20;
  constexpr std::size_t kHugeThreshold = std::size_t{4} << 20;
  if (n * sizeof(T) < kHugeThreshold) {
    v.reserve(n);
    return;
  }
  v.reserve(n + kHugePage / sizeof(T));
  const auto begin = reinterpret_cast<std::uintptr_t>(v.data());
  const std::uintptr_t first = (begin + kHugePage - 1) / kHugePage * kHugePage;
  const std::uintptr_t last = (begin + v.capacity() * sizeof(T)) / kHugePage * kHugePage;
  // madvise takes an address; the page-aligned bounds are computed as integers.
  if (last > first)
    ::madvise(reinterpret_cast<void*>(first),  // NOLINT(performance-no-int-to-ptr)
              last - first, MADV_HUGEPAGE);
}

}  // namespace innonet
