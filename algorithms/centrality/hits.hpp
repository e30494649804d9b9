#pragma once
// HITS hubs and authorities (Kleinberg 1999) by power iteration, NetworkX's normalisation
// (nx.hits, which reads weight="weight"): authorities a = Aᵀh, hubs h = A a, each scaled to sum
// 1. Start: h uniform. A sweep computes a by pulling over in-edges and h by pulling over
// out-edges; it stops when the L1 change of h (summed to 1) is below tolerance_l1. The fixed
// point is NetworkX's answer: a is the leading right singular vector of A, h = A a, both summed
// to 1. A graph without arcs gets uniform scores. Undirected graphs: hubs = authorities.
// Bit-identical at any thread count (rows summed serially, sums in fixed blocks).
// Cost: O(n + m) per sweep, convergence rate (σ₂/σ₁)² per sweep.
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

struct HitsOptions {
  double tolerance_l1 = 1e-12;
  int max_iterations = 10000;
  EdgeWeights weights = EdgeWeights::use;
};

struct HitsResult {
  std::vector<double> hub;        // indexed by Vertex, sums to 1
  std::vector<double> authority;  // indexed by Vertex, sums to 1
  int iterations = 0;
  double residual_l1 = 0.0;
  bool converged = false;
};

// Throws std::invalid_argument for max_iterations < 1 or negative / non-finite weights.
HitsResult hits(const CsrGraph& g, const HitsOptions& options = {});

}  // namespace innonet::centrality
