#pragma once
// PageRank by power iteration over in-edges (pull), NetworkX's convention (nx.pagerank):
//   x'[v] = d · Σ_{u→v} x[u] · w(u,v) / s(u)  +  (d · D + 1 − d) · p[v]
// where s(u) is u's out-strength (out-degree when unweighted), D = Σ x[u] over dangling nodes
// (s(u) = 0), whose mass is spread like the teleport vector p (uniform unless given; a given one
// is scaled to sum 1). Starts from the uniform vector; stops when Σ|x' − x| < tolerance_l1
// (NetworkX stops at N · tol, so tol = 1e-6 there is tolerance_l1 = N · 1e-6 here).
// Undirected graphs are read as two arcs per edge; a self-loop is one arc.
// Speed: a sweep gathers c[u] = x[u]/s(u) over the in-row (a dot product with w(u,v) when
// weighted), and also writes next sweep's c and its L1 change and dangling mass as fixed-block
// partials.
// Layout (PageRankLayout): large power-law graphs sweep fastest in out-degree order, rows and
// sources renumbered by descending out-degree, so the gathers hit a small cache-resident block
// of the contribution vector and every per-vertex vector is streamed in order (about 1.7x faster
// sweeps on an R-MAT scale-20 graph); that costs one O(m) copy of the in-adjacency (4 bytes per
// arc, 12 weighted). `graph_order` sweeps the graph's own arrays instead: no copy, and only
// two n-vectors of workspace (scores updated in place, and contributions refreshed after each
// sweep), 1/s(u) computed on the fly when unweighted. Gathers are prefetched 32 arcs ahead. Rows
// are cut into blocks of equal work, fixed by the graph. Each sweep reads only the previous
// contributions and sums each row in a fixed pattern, so the scores are bit-identical at any thread
// count. Cost: O(n + m) per sweep; memory 2n doubles (+n weighted) in graph order; degree-ordered
// 4n doubles, 2n vertices and 4m bytes (+8m weighted); single-precision contributions store
// floats in place of the one or two contribution vectors among those doubles.
//
// The setup (the copy, 1/s(u), the work blocks) depends on the graph, the weights and the layout
// only: build a PageRankOperator once to run many PageRanks (other damping, teleport vectors,
// tolerances) on one graph without paying it again.
#include <memory>
#include <span>
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

enum class PageRankLayout {
  automatic,       // degree_ordered above 2^19 vertices (where it pays), graph_order below
  degree_ordered,  // fastest sweeps on large graphs; +4 bytes per arc (+12 weighted)
  graph_order,     // the graph's own in-adjacency: the least memory
};

// How a sweep reads the other rows' scores. Both converge to the same scores; the residual is the
// L1 change of a sweep either way.
enum class PageRankSweep {
  // Every row reads the previous sweep's scores (power iteration; NetworkX's method): the
  // reference, and the default.
  jacobi,
  // Rows are swept in fixed stages (in degree order where that layout is used, hubs first), each
  // stage reading the scores the earlier stages of the same sweep just wrote: fewer sweeps to a
  // tolerance (8 instead of 11 to 1e-4 on an R-MAT scale-20 graph) for one extra pass over two
  // n-vectors per sweep. The stages are cut from the graph alone, so the scores are still
  // bit-identical at any thread count. The result is scaled to sum 1.
  gauss_seidel,
};

// How the contributions c[u] = x[u]/s(u), the values a sweep gathers at random, are stored.
enum class PageRankContributions {
  // doubles: the reference, and the default.
  double_precision,
  // floats: half the cache footprint of the random gathers, which set a sweep's speed on large
  // power-law graphs (GAPBS's and Ligra's PageRanks store floats too). The scores, the row sums,
  // the dangling mass and the L1 change stay double. Each contribution is rounded to 24 bits
  // (relative 6e-8), so the scores agree with the double ones to about 1e-7 relative (4e-8 on
  // R-MAT scale 20). Meant for loose tolerances: to 1e-4, 1e-6 and 1e-8 it took the same sweeps
  // as double on R-MAT 20, but a tight one is reached only once the rounded contributions stop
  // changing (to 1e-10: 38 sweeps instead of 26 there, 34-40 instead of 18-20 on a random graph
  // of 100,000 nodes). Still bit-identical at any thread count.
  single_precision,
};

struct PageRankOptions {
  double damping = 0.85;
  double tolerance_l1 = 1e-10;  // stop once the L1 change of a sweep is below this
  int max_iterations = 1000;
  std::span<const double> teleport = {};  // empty means uniform; else n values >= 0, sum > 0
  EdgeWeights weights = EdgeWeights::use;
  PageRankLayout layout = PageRankLayout::automatic;  // pagerank(graph, ...) only
  PageRankSweep sweep = PageRankSweep::jacobi;
  PageRankContributions contributions = PageRankContributions::double_precision;
};

struct PageRankResult {
  std::vector<double> score;  // indexed by Vertex, sums to 1
  int iterations = 0;
  double residual_l1 = 0.0;  // L1 change of the last sweep
  bool converged = false;    // false is reported to the user, not thrown
};

// The graph-dependent setup of PageRank, reusable across calls. It views the graph's arrays, so
// the graph must outlive it; move-only. Throws std::invalid_argument for negative or non-finite
// weights (when weights are read).
class PageRankOperator {
 public:
  explicit PageRankOperator(const CsrGraph& g, EdgeWeights weights = EdgeWeights::use,
                            PageRankLayout layout = PageRankLayout::automatic);
  PageRankOperator(PageRankOperator&&) noexcept;
  PageRankOperator& operator=(PageRankOperator&&) noexcept;
  PageRankOperator(const PageRankOperator&) = delete;
  PageRankOperator& operator=(const PageRankOperator&) = delete;
  ~PageRankOperator();

  const CsrGraph& graph() const;
  bool weighted() const;        // edge weights are read (asked for, and the graph has them)
  bool degree_ordered() const;  // the layout chosen (automatic resolves to one of the two)

  struct Parts;  // the arrays a sweep reads (pagerank.cpp)

 private:
  friend PageRankResult pagerank(const PageRankOperator& op, const PageRankOptions& options);
  std::unique_ptr<Parts> parts_;
};

// Throws std::invalid_argument for damping outside [0, 1), a teleport vector of the wrong size,
// with a negative entry or summing to 0, negative or non-finite weights, max_iterations < 1.
PageRankResult pagerank(const CsrGraph& g, const PageRankOptions& options = {});

// The same on a prepared operator: the operator's weights and layout apply (options.weights and
// options.layout are not read). Bit-identical to pagerank(graph, options) with the same weights
// and layout.
PageRankResult pagerank(const PageRankOperator& op, const PageRankOptions& options = {});

}  // namespace innonet::centrality
