#pragma once
// One source of Brandes' betweenness (unweighted) with the search itself parallel, level by
// level: for callers with too few sources to give each thread its own (approximate_betweenness
// with a handful of sources, betweenness on a small graph).
//
// Forward: each level is claimed top-down (compare-and-swap on the level), sorted by id, and
// σ of its vertices is pulled from the level before over the in-row, in row order; or, for the
// large middle levels of a small-world graph, bottom-up (every unreached vertex scans its in-row
// for the level before, summing σ in row order as it goes: no atomics, no sort), switched by
// Beamer's rule. Either way the levels and σ are the same. Backward: for
// each level from the deepest, δ[w] = σ[w] · Σ (1 + δ[x]) / σ[x] over the out-row successors x
// in row order, the sum ShortestPathDag::accumulate forms. Every sum has a fixed order, so the
// result does not depend on the thread count, and it equals the serial search's wherever σ is
// exact (path counts below 2^53). Cost: O(n + m) work, O(n) memory, two barriers per level.
#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

// Adds the dependencies of every vertex on source s to out (n entries): δ_s(w) for w ≠ s, plus
// 1 per reached w ≠ s and (reached − 1) at s when endpoints == include (NetworkX's counting).
void add_level_dependencies(const CsrGraph& g, Vertex s, Endpoints endpoints,
                            std::vector<double>& out);

}  // namespace innonet::centrality
