#pragma once
// The one helper for huge arrays filled in parallel: a std::vector whose elements are
// default-initialised (left unset for arithmetic types) instead of value-initialised. A serial
// zero fill of a multi-GiB array costs as much as the parallel pass that overwrites it, and it
// first-touches every page from one thread, which puts all of it on one NUMA node.
// Arrays of 4 MiB and more are also aligned to 2 MiB and marked for transparent huge pages
// (madvise, the mode Debian kernels default to): a kernel that gathers at random over a 32 MiB
// array (PageRank's contributions on 4M vertices) otherwise misses the TLB on nearly every
// access, and that, not DRAM bandwidth, sets its speed.
#include <sys/mman.h>

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <vector>

namespace innonet {

template <class T, class Base = std::allocator<T>>
class DefaultInitAllocator : public Base {
 public:
  template <class U>
  struct rebind {
    using other =
        DefaultInitAllocator<U, typename std::allocator_traits<Base>::template rebind_alloc<U>>;
  };
  using Base::Base;
  using value_type = typename std::allocator_traits<Base>::value_type;

  static constexpr std::size_t kHugePage = std::size_t{2} << 20;
  static constexpr std::size_t kHugeThreshold = std::size_t{4} << 20;

  value_type* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(value_type);
    if (bytes < kHugeThreshold) return Base::allocate(n);
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = ::operator new (rounded, std::align_val_t{kHugePage});
    ::madvise(p, rounded, MADV_HUGEPAGE);  // advice only: failure leaves ordinary pages
    return static_cast<value_type*>(p);
  }
  void deallocate(value_type* p, std::size_t n) noexcept {
    const std::size_t bytes = n * sizeof(value_type);
    if (bytes < kHugeThreshold) return Base::deallocate(p, n);
    ::operator delete (p, std::align_val_t{kHugePage});
  }

  template <class U>
  void construct(U* ptr) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(ptr)) U;  // default-init: no zeroing for trivial types
  }
  template <class U, class... Args>
  void construct(U* ptr, Args&&... args) {
    std::allocator_traits<Base>::construct(static_cast<Base&>(*this), ptr,
                                           std::forward<Args>(args)...);
  }
};

template <class T>
using HugeArray = std::vector<T, DefaultInitAllocator<T>>;

}  // namespace innonet
