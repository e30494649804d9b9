#pragma once
// PageRank on the distributed matrix: the same iteration, start, dangling rule and stopping rule
// as algorithms/centrality/pagerank.hpp (NetworkX's convention, unweighted):
//   x'[v] = d · Σ_{u→v} x[u] / s(u)  +  (d · D + 1 − d) / n,   D = Σ x[u] over s(u) = 0,
// from x = 1/n, until Σ|x' − x| < tolerance_l1. Each sweep is one SpMV on the (+, ×) semiring,
// y = in_arcs · c with c[u] = x[u]/s(u), then a local update and one all-reduce of two numbers
// (the L1 change and the dangling mass). The sums run in another order than on one machine, so
// scores agree to rounding (about 1e-15 relative), not bit for bit, and the sweep count can differ
// by one when a sweep's change lands within rounding of the tolerance.
// Cost per sweep: the SpMV (m/P local work; each process receives about 2n/sqrt(P) vector
// entries: docs/distributed.md) plus O(n/P).
#include "dist/dist_graph.hpp"
#include "dist/local_part.hpp"

namespace innonet::dist {

struct DistPageRankOptions {
  double damping = 0.85;
  double tolerance_l1 = 1e-10;
  int max_iterations = 1000;
};

struct DistPageRankResult {
  LocalPart<double> score;  // this process's vertices; the scores sum to 1 over all processes
  int iterations = 0;
  double residual_l1 = 0.0;
  bool converged = false;
};

// Collective. std::invalid_argument for damping outside [0, 1) or max_iterations < 1.
DistPageRankResult dist_pagerank(const DistGraph& g, const DistPageRankOptions& options = {});

}  // namespace innonet::dist
