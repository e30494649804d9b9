#include "algorithms/community/modularity.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

namespace innonet::community {
namespace {

inline constexpr std::int64_t kReduceBlock = 1 << 14;  // fixed: must not depend on thread count

// Per-community totals of a partition, in "ordered" units: an undirected edge counts in both
// directions and a self-loop twice, so that W = sum of strengths.
struct PartitionSums {
  double internal = 0.0;  // sum_c E_c
  double total = 0.0;     // W
  std::vector<double> strength_out, strength_in;
  std::vector<std::int64_t> size;
};

void check_membership(const CsrGraph& g, std::span<const Vertex> membership) {
  if (std::ssize(membership) != g.num_nodes())
    throw std::invalid_argument("membership: has " + std::to_string(membership.size()) +
                                " entries for " + std::to_string(g.num_nodes()) + " vertices");
  for (const Vertex c : membership)
    if (c < 0 || c >= g.num_nodes())
      throw std::invalid_argument("membership: community id " + std::to_string(c) + " outside 0.." +
                                  std::to_string(g.num_nodes() - 1));
}

PartitionSums partition_sums(const CsrGraph& g, std::span<const Vertex> membership) {
  const Vertex n = g.num_nodes();
  const bool undirected = !g.is_directed();
  std::vector<double> k_out(n), k_in(n);
  std::vector<double> partial((n + kReduceBlock - 1) / kReduceBlock, 0.0);
#pragma omp parallel for schedule(dynamic, 1)
  for (std::int64_t b = 0; b < std::ssize(partial); ++b) {
    for (auto v = static_cast<Vertex>(b * kReduceBlock);
         v < std::min<std::int64_t>(n, (b + 1) * kReduceBlock); ++v) {
      const auto targets = g.out_neighbors(v);
      const auto weights = g.out_weights(v);
      double strength = 0.0;
      for (std::size_t i = 0; i < targets.size(); ++i) {
        const double w =
            (weights.empty() ? 1.0 : weights[i]) * (undirected && targets[i] == v ? 2.0 : 1.0);
        strength += w;
        if (membership[targets[i]] == membership[v]) partial[b] += w;
      }
      k_out[v] = strength;
      if (undirected) {
        k_in[v] = strength;
      } else {
        const auto in_weights = g.in_weights(v);
        k_in[v] = in_weights.empty() ? static_cast<double>(g.in_degree(v))
                                     : std::accumulate(in_weights.begin(), in_weights.end(), 0.0);
      }
    }
  }
  PartitionSums sums;
  sums.strength_out.assign(n, 0.0);
  sums.strength_in.assign(n, 0.0);
  sums.size.assign(n, 0);
  for (Vertex v = 0; v < n; ++v) {  // O(n), in vertex order
    sums.strength_out[membership[v]] += k_out[v];
    sums.strength_in[membership[v]] += k_in[v];
    sums.size[membership[v]] += 1;
    sums.total += k_out[v];
  }
  sums.internal = std::accumulate(partial.begin(), partial.end(), 0.0);  // block order, always
  return sums;
}

}  // namespace

void check_non_negative_weights(const CsrGraph& g) {
  const auto weights = g.out_weight_array();
  std::int64_t negative = 0;
#pragma omp parallel for schedule(static) reduction(+ : negative)
  for (std::int64_t i = 0; i < std::ssize(weights); ++i) negative += weights[i] < 0.0 ? 1 : 0;
  if (negative > 0)
    throw std::invalid_argument("weights: community quality needs non-negative weights, found " +
                                std::to_string(negative) + " negative");
}

double modularity(const CsrGraph& g, std::span<const Vertex> membership,
                  const ModularityOptions& options) {
  check_resolution(options.resolution);
  check_membership(g, membership);
  check_non_negative_weights(g);
  const PartitionSums sums = partition_sums(g, membership);
  if (sums.total <= 0.0) return std::numeric_limits<double>::quiet_NaN();
  double expected = 0.0;
  for (std::size_t c = 0; c < sums.size.size(); ++c)
    expected += sums.strength_out[c] * sums.strength_in[c];
  return sums.internal / sums.total - options.resolution * expected / (sums.total * sums.total);
}

double cpm_quality(const CsrGraph& g, std::span<const Vertex> membership,
                   const ModularityOptions& options) {
  check_resolution(options.resolution);
  check_membership(g, membership);
  check_non_negative_weights(g);
  const PartitionSums sums = partition_sums(g, membership);
  // Pairs inside communities: n_c (n_c - 1), halved for undirected graphs like the edge weight.
  double pairs = 0.0;
  for (const std::int64_t s : sums.size)
    pairs += static_cast<double>(s) * static_cast<double>(s - 1);
  const double scale = g.is_directed() ? 1.0 : 0.5;
  return scale * (sums.internal - options.resolution * pairs);
}

double partition_quality_value(const CsrGraph& g, std::span<const Vertex> membership,
                               QualityFunction function, double resolution) {
  return function == QualityFunction::modularity
             ? modularity(g, membership, {.resolution = resolution})
             : cpm_quality(g, membership, {.resolution = resolution});
}

}  // namespace innonet::community
