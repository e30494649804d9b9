#pragma once
// Closeness and harmonic centrality, NetworkX's conventions (nx.closeness_centrality with
// wf_improved=True, nx.harmonic_centrality):
// - Distances run *to* the node: for a directed graph, d(u, v) is the length of a path from u to
//   v, and v's score uses the nodes that can reach it (NetworkX reverses the graph).
// - closeness(v) = (r − 1)/Σ_u d(u, v) · (r − 1)/(n − 1), r = nodes that reach v (v included):
//   Wasserman & Faust's (1994) correction for disconnected graphs; 0 when nothing reaches v.
//   ClosenessScale::component drops the second factor (wf_improved=False).
// - harmonic(v) = Σ_{u≠v, u reaches v} 1/d(u, v) (not normalised, like NetworkX).
// Lengths are hops, or weights (> 0) when the graph is weighted and weights == use (NetworkX's
// distance="weight"). Hop lengths run 64 nodes per bit-parallel BFS (multi_source_bfs.hpp), the
// sums formed level by level; weighted lengths run one Dijkstra per node, sums in settle order.
// Both are parallel over nodes and identical at any thread count. Cost: O(n·m) worst case, a few
// arc passes per 64 nodes on small-world graphs (O(n·m log n) weighted); O(n) memory per thread.
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

enum class ClosenessScale { wasserman_faust, component };

struct ClosenessOptions {
  ClosenessScale scale = ClosenessScale::wasserman_faust;
  EdgeWeights weights = EdgeWeights::use;
};

// Throws std::invalid_argument for weights that are not finite and > 0 (when read).
std::vector<double> closeness_centrality(const CsrGraph& g, const ClosenessOptions& options = {});
std::vector<double> harmonic_centrality(const CsrGraph& g, const ClosenessOptions& options = {});

}  // namespace innonet::centrality
