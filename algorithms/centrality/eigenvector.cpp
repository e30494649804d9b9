#include "algorithms/centrality/eigenvector.hpp"

#include <cmath>
#include <stdexcept>

#include "engine/stop_request.hpp"

namespace innonet::centrality {
namespace {

// Σ_{u→v} w(u,v) x[u].
double pull(const CsrGraph& g, Vertex v, std::span<const double> x, bool weighted) {
  return row_dot(g.in_neighbors(v), weighted ? g.in_weights(v) : std::span<const double>{}, x);
}

double l2_norm(std::span<const double> x) {
  return std::sqrt(block_sum(std::ssize(x), [&](std::int64_t v) { return x[v] * x[v]; }));
}

// What one fused eigenvector pass sums: the L1 change of the vector it materialises and the
// squared norm of the product it forms.
struct SweepSums {
  double change = 0.0;
  double square = 0.0;
};

// One pass of the shifted power iteration with the normalisation folded in: x_k = scale · y_k
// is written into x (returning Σ|x_k − x_(k−1)|, x_(k−1) being what x held), and
// y_(k+1) = x_k + Aᵀ x_k into y_next (returning Σ y_(k+1)²). One parallel pass per sweep instead
// of a product pass and a scaling pass. Fixed blocks, summed in order: any thread count.
SweepSums fused_sweep(const CsrGraph& g, bool weighted, double scale, std::span<const double> y,
                      std::span<double> x, std::span<double> y_next) {
  const std::int64_t n = std::ssize(x);
  std::vector<SweepSums> partial((n + kSumChunk - 1) / kSumChunk);
#pragma omp parallel for schedule(dynamic, 1) if (n > kParallelLight)
  for (std::int64_t b = 0; b < std::ssize(partial); ++b) {
    SweepSums sums;
    for (std::int64_t v = b * kSumChunk; v < std::min(n, (b + 1) * kSumChunk); ++v) {
      const double xv = scale * y[v];
      sums.change += std::abs(xv - x[v]);
      x[v] = xv;
      const double next = xv + scale * pull(g, static_cast<Vertex>(v), y, weighted);
      y_next[v] = next;
      sums.square += next * next;
    }
    partial[b] = sums;
  }
  SweepSums total;
  for (const SweepSums& sums : partial) {
    total.change += sums.change;
    total.square += sums.square;
  }
  return total;
}

double inverse_norm(double square) { return square > 0.0 ? 1.0 / std::sqrt(square) : 1.0; }

}  // namespace

IterativeResult eigenvector_centrality(const CsrGraph& g, const EigenvectorOptions& options) {
  if (options.max_iterations < 1) throw std::invalid_argument("max_iterations: must be >= 1");
  check_weights(g, options.weights, ZeroWeights::allowed, "weights");
  const Vertex n = g.num_nodes();
  const bool weighted = reads_weights(g, options.weights);
  IterativeResult result;
  if (n == 0) {
    result.converged = true;
    return result;
  }
  // y holds the unnormalised product of the last sweep and scale its inverse norm, so sweep k's
  // vector is x_k = scale · y; x holds the last vector materialised.
  std::vector<double> x(n, 1.0 / n), y(x), y_next(n);
  double scale = inverse_norm(fused_sweep(g, weighted, 1.0, y, x, y_next).square);
  std::swap(y, y_next);
  while (true) {
    check_stop_request();
    ++result.iterations;
    if (result.iterations == options.max_iterations) {  // materialise x_k without a product
      result.residual_l1 = block_sum(
          n,
          [&](std::int64_t v) {
            const double xv = scale * y[v];
            const double change = std::abs(xv - x[v]);
            x[v] = xv;
            return change;
          },
          kSumChunk);
      result.converged = result.residual_l1 < options.tolerance_l1;
      break;
    }
    const SweepSums sums = fused_sweep(g, weighted, scale, y, x, y_next);
    result.residual_l1 = sums.change;
    if (sums.change < options.tolerance_l1) {
      result.converged = true;
      break;
    }
    std::swap(y, y_next);
    scale = inverse_norm(sums.square);
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
    check_stop_request();
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
