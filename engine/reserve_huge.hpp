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

#include <algorithm>
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

// Where the kernel supports it (Linux 5.14+), faults in [data, data + bytes) ahead of use with
// MADV_POPULATE_WRITE, in 256 KiB chunks spread over the threads: one call per chunk instead of
// one fault per 4 KiB page, in parallel. On this project's benchmark machine (a VM, where a fault
// costs ~4-10 us) that is 40-50% off the first fill of a 1.5 MiB vector. Advice only: an older
// kernel returns EINVAL and the pages are faulted in as they are written.
inline void populate_for_write(void* data, std::size_t bytes) {
#ifdef MADV_POPULATE_WRITE
  constexpr std::uintptr_t kPage = 4096;
  constexpr std::uintptr_t kChunk = std::uintptr_t{256} << 10;
  const auto begin = reinterpret_cast<std::uintptr_t>(data) / kPage * kPage;
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes + kPage - 1) / kPage * kPage;
  if (end <= begin) return;
  const auto chunks = static_cast<std::int64_t>((end - begin + kChunk - 1) / kChunk);
#pragma omp parallel for schedule(static) if (chunks > 1)
  for (std::int64_t c = 0; c < chunks; ++c) {
    const std::uintptr_t lo = begin + static_cast<std::uintptr_t>(c) * kChunk;
    const std::uintptr_t hi = std::min(end, lo + kChunk);
    ::madvise(reinterpret_cast<void*>(lo),  // NOLINT(performance-no-int-to-ptr)
              hi - lo, MADV_POPULATE_WRITE);
  }
#else
  (void)data;
  (void)bytes;
#endif
}

// A std::vector<T> of n zeros for a result about to be filled: reserve_huge, its pages faulted in
// by populate_for_write (from 64 KiB up), and only then the zero fill, over resident pages.
template <class T>
std::vector<T> zeroed_vector(std::size_t n) {
  std::vector<T> v;
  reserve_huge(v, n);
  if (n * sizeof(T) >= (std::size_t{64} << 10)) populate_for_write(v.data(), n * sizeof(T));
  v.resize(n);
  return v;
}

}  // namespace innonet
