#pragma once
// NumPy arrays from C++ results without copying: the vector is moved to the heap and a capsule
// owning it becomes the array's base, freed when the last array viewing it goes.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <span>
#include <utility>
#include <vector>

namespace innonet::python {

template <class T, class Alloc>
pybind11::array_t<T> to_numpy(std::vector<T, Alloc>&& values) {
  auto* owned = new std::vector<T, Alloc>(std::move(values));
  pybind11::capsule base(owned, [](void* p) { delete static_cast<std::vector<T, Alloc>*>(p); });
  return pybind11::array_t<T>({static_cast<pybind11::ssize_t>(owned->size())}, {sizeof(T)},
                              owned->data(), base);
}

// A read-only view of `data` kept alive by `owner` (a Python object holding the storage).
template <class T>
pybind11::array_t<T> view_numpy(std::span<const T> data, pybind11::handle owner) {
  pybind11::array_t<T> array({static_cast<pybind11::ssize_t>(data.size())}, {sizeof(T)},
                             data.data(), owner);
  pybind11::detail::array_proxy(array.ptr())->flags &=
      ~pybind11::detail::npy_api::NPY_ARRAY_WRITEABLE_;
  return array;
}

// A Python sequence of ints (or one int) as vertices of a view, resolving node ids by name.
template <class T>
std::vector<T> from_numpy(
    const pybind11::array_t<T, pybind11::array::c_style | pybind11::array::forcecast>& array) {
  return std::vector<T>(array.data(), array.data() + array.size());
}

}  // namespace innonet::python
