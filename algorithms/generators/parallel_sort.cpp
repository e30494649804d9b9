#include "algorithms/generators/parallel_sort.hpp"

#include <algorithm>

namespace innonet::generators {
namespace {
constexpr std::int64_t kSortChunk = std::int64_t{1} << 18;
}  // namespace

void parallel_sort(HugeArray<std::uint64_t>& values) {
  const auto k = static_cast<std::int64_t>(values.size());
  if (k <= kSortChunk) {
    std::sort(values.begin(), values.end());
    return;
  }
  const std::int64_t chunks = (k + kSortChunk - 1) / kSortChunk;
#pragma omp parallel for schedule(dynamic, 1)
  for (std::int64_t c = 0; c < chunks; ++c)
    std::sort(values.begin() + c * kSortChunk, values.begin() + std::min(k, (c + 1) * kSortChunk));
  HugeArray<std::uint64_t> buffer(values.size());
  for (std::int64_t width = kSortChunk; width < k; width *= 2) {
    const std::int64_t pairs = (k + 2 * width - 1) / (2 * width);
#pragma omp parallel for schedule(dynamic, 1)
    for (std::int64_t p = 0; p < pairs; ++p) {
      const std::int64_t lo = p * 2 * width;
      const std::int64_t mid = std::min(k, lo + width);
      const std::int64_t hi = std::min(k, lo + 2 * width);
      std::merge(values.begin() + lo, values.begin() + mid, values.begin() + mid,
                 values.begin() + hi, buffer.begin() + lo);
    }
    values.swap(buffer);
  }
}

void parallel_sort_unique(HugeArray<std::uint64_t>& values) {
  parallel_sort(values);
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

}  // namespace innonet::generators
