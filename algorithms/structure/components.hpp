#pragma once
// Connected components.
//
// Labels are canonical at any thread count: every vertex of a component is labelled with the
// smallest vertex id in that component (NetworkX returns components as sets; this is the set
// named by its smallest member). Components are also numbered densely, 0..count-1, in increasing
// order of that smallest vertex.
//
// weak_components: Afforest (Sutton, Ben-Nun, Bar-Noy, IPDPS 2018, as in the GAP benchmark
// suite): parallel union-find that always hooks the larger root under the smaller, so the root of
// each final tree is the component's smallest vertex whatever order the threads linked in. Two
// sampled neighbour rounds, then the largest sampled component is skipped while the remaining
// arcs are linked. Directed graphs ignore direction (arc u->v joins u and v). Cost: O(m α) work,
// O(n) extra memory.
//
// strong_components: Tarjan (1972) with an explicit DFS stack (no recursion, so a 10^7-vertex path
// is fine), serial. An undirected graph is read as having both arcs of each edge, so its strong
// components are its weak components. Cost: O(n + m) time, O(n) memory.
#include <cstdint>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::structure {

struct ComponentsResult {
  std::vector<Vertex> label;      // label[v] = smallest vertex id in v's component
  std::vector<Vertex> component;  // component[v] = dense component index, ordered by label
  std::vector<Vertex> size;       // size[c] = vertices in component c
  std::vector<Vertex> root;       // root[c] = smallest vertex of component c (its label)
  Vertex count = 0;
  Vertex largest = kNoVertex;  // index of the largest component (ties: smallest label)
};

struct WeakComponentsOptions {
  int sample_rounds = 2;  // Afforest neighbour rounds before the largest component is skipped
};

ComponentsResult weak_components(const CsrGraph& g, const WeakComponentsOptions& options = {});

// Only the canonical label vector of weak_components (label[v] = smallest vertex of v's
// component), without the dense numbering and sizes: one n-vector instead of four, for callers
// that only ask "same component?" (and GAPBS's cc, whose output is this vector).
std::vector<Vertex> weak_component_labels(const CsrGraph& g,
                                          const WeakComponentsOptions& options = {});
ComponentsResult strong_components(const CsrGraph& g);

// Vertices of component c in increasing order. O(n).
std::vector<Vertex> component_members(const ComponentsResult& result, Vertex c);

// Fills component/size/root/count/largest from a canonical label vector (label[v] <= v, and
// label[label[v]] == label[v]). Shared by both kernels; O(n).
ComponentsResult summarize_labels(std::vector<Vertex> label);

}  // namespace innonet::structure
