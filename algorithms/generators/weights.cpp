#include "algorithms/generators/weights.hpp"

#include <cmath>
#include <stdexcept>

#include "algorithms/generators/block_rng.hpp"

namespace innonet::generators {

void add_random_weights(EdgeList& edges, const WeightOptions& options) {
  if (!std::isfinite(options.min)) throw std::invalid_argument("min must be finite");
  if (!std::isfinite(options.max) || !(options.max > options.min))
    throw std::invalid_argument("max must be finite and greater than min");
  const bool integer = options.values == WeightValues::integer;
  const double low = integer ? std::ceil(options.min) : options.min;
  // Integers in [min, max): ceil(min) .. ceil(max) - 1.
  const double span = integer ? std::ceil(options.max) - low : options.max - options.min;
  if (!(span > 0)) throw std::invalid_argument("max must leave an integer in [min, max)");
  const auto m = static_cast<std::int64_t>(edges.sources.size());
  edges.weights.resize(static_cast<std::size_t>(m));
#pragma omp parallel for schedule(static)
  for (std::int64_t i = 0; i < m; ++i) {
    const double u = unit_double(hash64(options.seed, static_cast<std::uint64_t>(i)));
    edges.weights[i] = integer ? low + std::floor(u * span) : low + u * span;
  }
}

}  // namespace innonet::generators
