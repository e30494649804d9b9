#pragma once
// Local clustering coefficient, NetworkX's conventions (nx.clustering):
// - Undirected, unweighted: 2T(v) / (d(d−1)), T = triangles through v, d = degree without
//   self-loops.
// - Undirected, weighted (Onnela et al. 2005, NetworkX's geometric mean):
//   c(v) = 1/(d(d−1)) Σ_{j≠k} (ŵ_vj ŵ_jk ŵ_kv)^(1/3), ŵ = w / (largest weight in the graph).
// - Directed (Fagiolo 2007): c(v) = T(v) / (2 (d_tot(d_tot−1) − 2 d_↔)), where d_tot = in + out
//   degree, d_↔ = reciprocated neighbours, and T(v) = Σ_{j≠k} s_vj s_jk s_kv with
//   s_uw = a_uw + a_wu unweighted or ŵ_uw^(1/3) + ŵ_wu^(1/3) weighted, which is NetworkX's sum
//   over the eight orientations of each triangle.
// Nodes with d < 2 (or no triangle) get 0. Self-loops are ignored. Parallel over nodes, each
// node's sum serial: identical at any thread count. Cost: O(Σ_v Σ_{u∈N(v)} |N(u)|); unweighted
// simple undirected graphs (no self-loop, no parallel edge) take the triangle counter instead,
// O(m^1.5) worst case and in practice far less (algorithms/structure/triangles.hpp).
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

struct ClusteringOptions {
  EdgeWeights weights = EdgeWeights::use;
};

// Throws std::invalid_argument for negative or non-finite weights (when read).
std::vector<double> clustering(const CsrGraph& g, const ClusteringOptions& options = {});

}  // namespace innonet::centrality
