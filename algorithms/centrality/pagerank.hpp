#pragma once
// PageRank by power iteration over in-edges (pull), NetworkX's convention (nx.pagerank):
//   x'[v] = d · Σ_{u→v} x[u] · w(u,v) / s(u)  +  (d · D + 1 − d) · p[v]
// where s(u) is u's out-strength (out-degree when unweighted), D = Σ x[u] over dangling nodes
// (s(u) = 0), whose mass is spread like the teleport vector p (uniform unless given; a given one
// is scaled to sum 1). Starts from the uniform vector; stops when Σ|x' − x| < tolerance_l1
// (NetworkX stops at N · tol, so tol = 1e-6 there is tolerance_l1 = N · 1e-6 here).
// Undirected graphs are read as two arcs per edge; a self-loop is one arc.
// Speed: 1/s(u) is precomputed, so an unweighted sweep is a gather-sum of c[u] = x[u]/s(u) over
// the in-row, and a weighted one a dot product with precomputed w(u,v)/s(u) in in-row order; the
// sweep also writes next sweep's c and its L1 change and dangling mass as fixed-block partials.
// Above 2^19 vertices the sweep runs in out-degree order: one O(m) copy of the in-adjacency per
// call, rows and sources renumbered by descending out-degree (4 bytes per arc), so the gathers of
// power-law graphs hit a small cache-resident block and every per-vertex vector is streamed in
// order; gathers are prefetched 32 arcs ahead. Rows are cut into blocks of equal work, fixed by
// the graph. Each sweep reads only the previous vector and sums each row in a fixed pattern, so
// the scores are bit-identical at any thread count. Cost: O(n + m) per sweep, O(n) extra memory
// (+8m weighted, +4m above 2^19 vertices).
#include <span>
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

struct PageRankOptions {
  double damping = 0.85;
  double tolerance_l1 = 1e-10;  // stop once the L1 change of a sweep is below this
  int max_iterations = 1000;
  std::span<const double> teleport = {};  // empty means uniform; else n values >= 0, sum > 0
  EdgeWeights weights = EdgeWeights::use;
};

struct PageRankResult {
  std::vector<double> score;  // indexed by Vertex, sums to 1
  int iterations = 0;
  double residual_l1 = 0.0;  // L1 change of the last sweep
  bool converged = false;    // false is reported to the user, not thrown
};

// Throws std::invalid_argument for damping outside [0, 1), a teleport vector of the wrong size,
// with a negative entry or summing to 0, negative or non-finite weights, max_iterations < 1.
PageRankResult pagerank(const CsrGraph& g, const PageRankOptions& options = {});

}  // namespace innonet::centrality
