#pragma once
// Sorting 64-bit codes (an edge u -> v encoded as u·n + v) in parallel for the generators.
// Integers have one sorted order, so the result never depends on the thread count. Chunks of a
// fixed size are sorted in parallel, then merged pairwise in rounds. Cost: O(k log k) work,
// k extra words.
#include <cstdint>

#include "engine/huge_array.hpp"

namespace innonet::generators {

void parallel_sort(HugeArray<std::uint64_t>& values);

// Sorts, then removes repeated values.
void parallel_sort_unique(HugeArray<std::uint64_t>& values);

}  // namespace innonet::generators
