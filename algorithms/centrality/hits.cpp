#include "algorithms/centrality/hits.hpp"

#include <cmath>
#include <span>
#include <stdexcept>

#include "engine/stop_request.hpp"

namespace innonet::centrality {
namespace {

// Scales x to sum 1 (leaves an all-zero vector alone); returns the sum it had.
double scale_to_unit_sum(std::span<double> x) {
  const double sum = block_sum(std::ssize(x), [&](std::int64_t v) { return x[v]; });
  if (sum > 0.0) {
#pragma omp parallel for schedule(static) if (std::ssize(x) > kParallelLight)
    for (std::int64_t v = 0; v < std::ssize(x); ++v) x[v] /= sum;
  }
  return sum;
}

}  // namespace

HitsResult hits(const CsrGraph& g, const HitsOptions& options) {
  if (options.max_iterations < 1) throw std::invalid_argument("max_iterations: must be >= 1");
  check_weights(g, options.weights, ZeroWeights::allowed, "weights");
  const Vertex n = g.num_nodes();
  const bool weighted = reads_weights(g, options.weights);
  HitsResult r;
  r.hub.assign(n, n > 0 ? 1.0 / n : 0.0);
  r.authority.assign(n, n > 0 ? 1.0 / n : 0.0);
  if (g.num_arcs() == 0) {
    r.converged = true;
    return r;
  }
  std::vector<double> hub_next(n);
  while (r.iterations < options.max_iterations) {
    check_stop_request();
#pragma omp parallel for schedule(dynamic, 1024) if (n > kParallelLight)
    for (Vertex v = 0; v < n; ++v)
      r.authority[v] =
          row_dot(g.in_neighbors(v), weighted ? g.in_weights(v) : std::span<const double>{}, r.hub);
    scale_to_unit_sum(r.authority);
#pragma omp parallel for schedule(dynamic, 1024) if (n > kParallelLight)
    for (Vertex u = 0; u < n; ++u)
      hub_next[u] = row_dot(g.out_neighbors(u),
                            weighted ? g.out_weights(u) : std::span<const double>{}, r.authority);
    scale_to_unit_sum(hub_next);
    r.residual_l1 = block_sum(n, [&](std::int64_t v) { return std::abs(hub_next[v] - r.hub[v]); });
    std::swap(r.hub, hub_next);
    ++r.iterations;
    if (r.residual_l1 < options.tolerance_l1) {
      r.converged = true;
      break;
    }
  }
  return r;
}

}  // namespace innonet::centrality
