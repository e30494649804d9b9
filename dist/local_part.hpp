#pragma once
// The part of a vertex-indexed vector one process holds: CombBLAS's FullyDistVec layout gives each
// process one contiguous range of vertices, [first, first + values.size()). Kernels return their
// results in this form, so ranking, summaries and the output file need no CombBLAS type.
#include <cstdint>
#include <vector>

#include "dist/dist_graph.hpp"

namespace innonet::dist {

template <class T>
struct LocalPart {
  Index first = 0;
  std::vector<T> values;
};

// The local part of a CombBLAS dense vector.
template <class T>
LocalPart<T> local_part(const combblas::FullyDistVec<Index, T>& v) {
  const T* data = v.GetLocArr();
  return {v.LengthUntil(), std::vector<T>(data, data + v.LocArrSize())};
}

}  // namespace innonet::dist
