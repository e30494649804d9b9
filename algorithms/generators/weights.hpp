#pragma once
// Random edge weights for generated graphs. Edge i gets its weight from hash64(seed, i), so the
// weights are the same at any thread count and do not depend on how the edges were produced.
// Cost: O(m).
#include <cstdint>

#include "engine/csr_build.hpp"

namespace innonet::generators {

enum class WeightValues { integer, real };

struct WeightOptions {
  double min = 1.0;    // weights lie in [min, max)
  double max = 100.0;  // integer values: min, min+1, ..., the largest integer below max
  WeightValues values = WeightValues::integer;
  std::uint64_t seed = 1;
};

// Replaces edges.weights with one random weight per edge. Throws std::invalid_argument naming
// min or max when the range is empty or not finite.
void add_random_weights(EdgeList& edges, const WeightOptions& options = {});

}  // namespace innonet::generators
