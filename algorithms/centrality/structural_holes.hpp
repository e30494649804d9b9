#pragma once
// Burt's (1992) structural holes: constraint and effective size, NetworkX's definitions
// (nx.constraint, nx.effective_size) with mutual weights.
//   m(u,w) = a_uw + a_wu            (a = arc weight, or 1 per arc when weights are not read)
//   p(u,w) = m(u,w) / Σ_{k∈N(u)} m(u,k)         (normalised mutual weight, "sum" norm)
//   q(u,w) = m(u,w) / max_{k∈N(u)} m(u,k)       ("max" norm)
//   constraint(v)     = Σ_{j∈N(v)} ( p(v,j) + Σ_{q∈N(v)} p(v,q) p(q,j) )²
//   effective_size(v) = Σ_{u∈N(v)} ( 1 − Σ_{w∈N(v)} p(v,w) q(u,w) )
// N(v) holds in- and out-neighbours, self-loops dropped (NetworkX would count a self-loop as a
// neighbour). For an undirected unweighted graph effective size equals Borgatti's n − 2t/n,
// which NetworkX uses there. Nodes without neighbours get NaN for both (NetworkX; note that
// NetworkX also returns NaN for a directed node with in- but no out-neighbours, which is a
// quirk of its isolation test, not of the definition: we compute the formula for such nodes).
// Parallel over nodes, each one's sums serial: identical at any thread count.
// Cost: O(Σ_v Σ_{u∈N(v)} |N(u)|) time, O(n + m) memory.
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

struct StructuralHolesOptions {
  EdgeWeights weights = EdgeWeights::use;
};

struct StructuralHolesResult {
  std::vector<double> constraint;      // by Vertex; NaN for nodes without neighbours
  std::vector<double> effective_size;  // by Vertex; NaN for nodes without neighbours
};

// Throws std::invalid_argument for negative or non-finite weights (when read).
StructuralHolesResult structural_holes(const CsrGraph& g,
                                       const StructuralHolesOptions& options = {});

}  // namespace innonet::centrality
