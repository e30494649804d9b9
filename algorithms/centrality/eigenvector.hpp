#pragma once
// Eigenvector and Katz centrality by power iteration over in-edges (pull), NetworkX's conventions.
//
// eigenvector_centrality (nx.eigenvector_centrality): x'[v] = x[v] + Σ_{u→v} w(u,v) x[u], i.e.
//   iteration with (A + I)ᵀ, which has the same leading eigenvector as Aᵀ but also converges on
//   bipartite graphs; x is scaled to unit Euclidean norm after each sweep. Start: uniform.
//   Directed graphs use in-edges (a node is central when central nodes point to it), like
//   NetworkX. Stops when Σ|x' − x| < tolerance_l1 (NetworkX: N · tol).
// katz_centrality (nx.katz_centrality): x'[v] = α Σ_{u→v} w(u,v) x[u] + β[v], from x = 0, until
//   Σ|x' − x| < tolerance_l1; with KatzScale::normalized the result is scaled to unit Euclidean
//   norm (NetworkX's normalized=True). Converges when α < 1/λ_max.
// Weights are read when the graph has them and weights == use (NetworkX's weight="weight").
// Sums run serially per row and norms in fixed blocks: bit-identical at any thread count.
// Cost: O(n + m) per sweep, O(n) extra memory.
#include <span>
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

struct EigenvectorOptions {
  double tolerance_l1 = 1e-10;
  int max_iterations = 1000;
  EdgeWeights weights = EdgeWeights::use;
};

enum class KatzScale { normalized, raw };

struct KatzOptions {
  double alpha = 0.1;
  double beta = 1.0;                           // used when beta_per_node is empty
  std::span<const double> beta_per_node = {};  // else one value per node
  KatzScale scale = KatzScale::normalized;
  double tolerance_l1 = 1e-10;
  int max_iterations = 1000;
  EdgeWeights weights = EdgeWeights::use;
};

struct IterativeResult {
  std::vector<double> score;  // indexed by Vertex
  int iterations = 0;
  double residual_l1 = 0.0;  // L1 change of the last sweep
  bool converged = false;    // false is reported to the user, not thrown
};

// Throw std::invalid_argument for max_iterations < 1, negative or non-finite weights, a
// beta_per_node of the wrong size.
IterativeResult eigenvector_centrality(const CsrGraph& g, const EigenvectorOptions& options = {});
IterativeResult katz_centrality(const CsrGraph& g, const KatzOptions& options = {});

}  // namespace innonet::centrality
