#pragma once
// The one helper for huge arrays filled in parallel: a std::vector whose elements are
// default-initialised (left unset for arithmetic types) instead of value-initialised. A serial
// zero fill of a multi-GiB array costs as much as the parallel pass that overwrites it, and it
// first-touches every page from one thread, which puts all of it on one NUMA node.
#include <memory>
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
