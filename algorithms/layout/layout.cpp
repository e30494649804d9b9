#include "algorithms/layout/layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "algorithms/generators/block_rng.hpp"

namespace innonet::layout {

Layout random_layout(Vertex num_nodes, std::uint64_t seed, double side) {
  Layout layout{std::vector<double>(static_cast<std::size_t>(num_nodes)),
                std::vector<double>(static_cast<std::size_t>(num_nodes))};
#pragma omp parallel for schedule(static)
  for (Vertex v = 0; v < num_nodes; ++v) {
    const auto i = static_cast<std::uint64_t>(v);
    layout.x[v] = (generators::unit_double(generators::hash64(seed, 2 * i)) - 0.5) * side;
    layout.y[v] = (generators::unit_double(generators::hash64(seed, 2 * i + 1)) - 0.5) * side;
  }
  return layout;
}

double block_sum(std::span<const double> values) {
  const auto n = static_cast<std::int64_t>(values.size());
  std::vector<double> partial(static_cast<std::size_t>((n + kLayoutBlock - 1) / kLayoutBlock), 0.0);
#pragma omp parallel for schedule(static)
  for (std::int64_t b = 0; b < static_cast<std::int64_t>(partial.size()); ++b)
    for (std::int64_t v = b * kLayoutBlock; v < std::min(n, (b + 1) * kLayoutBlock); ++v)
      partial[b] += values[v];
  return std::accumulate(partial.begin(), partial.end(), 0.0);  // block order, always
}

Bounds bounds(const Layout& layout) {
  Bounds b{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
           -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
  for (std::size_t v = 0; v < layout.x.size(); ++v) {
    if (!std::isfinite(layout.x[v]) || !std::isfinite(layout.y[v])) continue;
    b.min_x = std::min(b.min_x, layout.x[v]), b.max_x = std::max(b.max_x, layout.x[v]);
    b.min_y = std::min(b.min_y, layout.y[v]), b.max_y = std::max(b.max_y, layout.y[v]);
  }
  return b.min_x > b.max_x ? Bounds{} : b;
}

}  // namespace innonet::layout
