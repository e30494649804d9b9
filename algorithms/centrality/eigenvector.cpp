#include "algorithms/centrality/eigenvector.hpp"

#include <cmath>
#include <stdexcept>

namespace innonet::centrality {
namespace {

// Σ_{u→v} w(u,v) x[u].
double pull(const CsrGraph& g, Vertex v, std::span<const double> x, bool weighted) {
  return row_dot(g.in_neighbors(v), weighted ? g.in_weights(v) : std::span<const double>{}, x);
}

double l2_norm(std::span<const double> x) {
  return std::sqrt(block_sum(std::ssize(x), [&](std::int64_t v) { return x[v] * x[v]; }));
}

}  // namespace

IterativeResult eigenvector_centrality(const CsrGraph& g, const EigenvectorOptions& options) {
  if (options.max_iterations < 1) throw std::invalid_argument("max_iterations: must be >= 1");
  check_weights(g, options.weights, ZeroWeights::allowed, "weights");
  const Vertex n = g.num_nodes();
  const bool weighted = reads_weights(g, options.weights);
  IterativeResult result;
  std::vector<double> x(n, 1.0 / n), next(n);
  if (n == 0) result.converged = true;
  while (n > 0 && result.iterations < options.max_iterations) {
    // Two passes per sweep: the product with its squared norm, then scaling with the L1 change.
    const double norm = std::sqrt(block_sum(
        n,
        [&](std::int64_t v) {
          next[v] = x[v] + pull(g, static_cast<Vertex>(v), x, weighted);
          return next[v] * next[v];
        },
        kSumChunk));
    const double scale = norm > 0.0 ? 1.0 / norm : 1.0;
    result.residual_l1 = block_sum(
        n,
        [&](std::int64_t v) {
          next[v] *= scale;
          return std::abs(next[v] - x[v]);
        },
        kSumChunk);
    std::swap(x, next);
    ++result.iterations;
    if (result.residual_l1 < options.tolerance_l1) {
      result.converged = true;
      break;
    }
  }
  result.score = std::move(x);
  return result;
}

IterativeResult katz_centrality(const CsrGraph& g, const KatzOptions& options) {
  if (options.max_iterations < 1) throw std::invalid_argument("max_iterations: must be >= 1");
  if (!options.beta_per_node.empty() && std::ssize(options.beta_per_node) != g.num_nodes())
    throw std::invalid_argument("beta_per_node: needs one value per node");
  check_weights(g, options.weights, ZeroWeights::allowed, "weights");
  const Vertex n = g.num_nodes();
  const bool weighted = reads_weights(g, options.weights);
  const auto beta = [&](Vertex v) {
    return options.beta_per_node.empty() ? options.beta : options.beta_per_node[v];
  };
  IterativeResult result;
  std::vector<double> x(n, 0.0), next(n);
  if (n == 0) result.converged = true;
  while (n > 0 && result.iterations < options.max_iterations) {
    result.residual_l1 = block_sum(
        n,
        [&](std::int64_t v) {
          next[v] = options.alpha * pull(g, static_cast<Vertex>(v), x, weighted) + beta(v);
          return std::abs(next[v] - x[v]);
        },
        kSumChunk);
    std::swap(x, next);
    ++result.iterations;
    if (result.residual_l1 < options.tolerance_l1) {
      result.converged = true;
      break;
    }
  }
  if (options.scale == KatzScale::normalized) {
    const double norm = l2_norm(x);
    const double scale = norm > 0.0 ? 1.0 / norm : 1.0;
    for (double& v : x) v *= scale;
  }
  result.score = std::move(x);
  return result;
}

}  // namespace innonet::centrality
