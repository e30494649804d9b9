#pragma once
// Connected components of the undirected view (weak components of a directed graph) on the
// distributed matrix, labelled like algorithms/structure/components.hpp: label[v] = the smallest
// vertex id in v's component, so the partition and the labels equal the single-machine kernel's.
//
// Algorithm: minimum-label propagation with shortcutting, the two steps FastSV (Zhang, Azad &
// Hu, SIAM PP 2020) builds on, on CombBLAS's semiring API: each round, every vertex takes the
// smallest label among itself and its neighbours (one SpMV on the (min, select-second)
// semiring over the symmetric matrix), then labels are replaced by their label's label
// (pointer jumping, label = label[label], a distributed gather) until that changes nothing.
// Stops when a round changes no label. Labels only fall and always name a vertex of the same
// component, so at the end each vertex holds its component's minimum. FastSV's stochastic and
// aggressive hooking are not done: rounds are bounded by the diameter (short on the small-world
// graphs this targets), where FastSV's are by O(log n).
// Cost per round: one SpMV (m/P local work, 2n/sqrt(P) vector entries received) plus the
// shortcut gathers; memory: the symmetric matrix (twice the arcs of a directed graph).
#include "dist/dist_graph.hpp"
#include "dist/local_part.hpp"

namespace innonet::dist {

struct DistComponentsResult {
  LocalPart<Index> label;  // the smallest vertex id of each vertex's component
  LocalPart<double> size;  // at a component's smallest vertex: its size; 0 elsewhere
  Index count = 0;
  int rounds = 0;
};

// The undirected, loop-free view with unit values: in_arcs plus its transpose (directed graphs),
// self-loops removed. Collective.
Matrix undirected_view(const DistGraph& g);

// Collective.
DistComponentsResult dist_components(const DistGraph& g);

}  // namespace innonet::dist
