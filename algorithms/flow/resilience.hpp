#pragma once
// What-if resilience: take vertices out of a graph and say what changes. Lives in flow/ because
// the answers are cuts: a set of vertices whose removal separates two groups is a vertex cut
// (Menger), found with max_flow on the vertex-split network.
//
// Conventions (all functions):
// - "Connected" means weakly connected: arcs are read in both directions (an organisation cut
//   off from a city can no longer exchange anything with it, whichever way the ties point).
// - Removal keeps the numbering: a removed vertex stays as an isolated vertex, so scores computed
//   before and after compare index by index. Edge and edge-kind removal happen before the CSR is
//   made (Selection::removed_edges / kinds in engine/projection.hpp).
// - Vertex sets are std::span<const Vertex>, checked like max_flow's terminals ('sources',
//   'sinks', 'anchor', 'removed' name the parameter in std::invalid_argument).
// Costs are given per function.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::flow {

// g without the arcs touching `removed` (same vertices, same direction and weights). O(n + m).
CsrGraph remove_vertices(const CsrGraph& g, std::span<const Vertex> removed);

// mark[v] = 1 for every vertex weakly reachable from `roots` once `removed` are gone (a removed
// root reaches nothing). O(n + m).
std::vector<std::uint8_t> weakly_reachable(const CsrGraph& g, std::span<const Vertex> roots,
                                           std::span<const Vertex> removed = {});

// Whether some vertex of `a` is weakly connected to some vertex of `b` once `removed` are gone.
bool sets_connected(const CsrGraph& g, std::span<const Vertex> a, std::span<const Vertex> b,
                    std::span<const Vertex> removed = {});

struct ConnectivityChange {
  Vertex component_before = 0;  // size of the anchor's (or the largest) component, before
  Vertex component_after = 0;   // the same after removal (removed vertices never count)
  std::vector<Vertex> cut_off;  // in that component before, not after, not removed; ascending
  std::int64_t components_before = 0;  // weak components (isolated vertices count)
  std::int64_t components_after = 0;   // removed vertices are not counted as components
};

// The component of `anchor` (the union of its members' components), or the largest weak
// component when anchor is empty (ties: the one with the smallest vertex), before and after
// `removed` go. O(n + m).
ConnectivityChange connectivity_change(const CsrGraph& g, std::span<const Vertex> removed,
                                       std::span<const Vertex> anchor = {});
// The same when more than vertices go: `after` has the vertices of `before` (invalid_argument
// otherwise) and lacks some of its arcs, e.g. a projection without an edge kind; "after" is
// `after` without `removed`. connectivity_change(g, removed, anchor) is (g, g, removed, anchor).
ConnectivityChange connectivity_change(const CsrGraph& before, const CsrGraph& after,
                                       std::span<const Vertex> removed,
                                       std::span<const Vertex> anchor = {});

// Vertices outside a ∪ b whose removal alone disconnects a from b, ascending. Empty if a and b
// are already disconnected. Only vertices on one a–b path can qualify, so each of those is
// tested by one search: O(L (n + m)) for a path of L vertices.
std::vector<Vertex> single_vertex_separators(const CsrGraph& g, std::span<const Vertex> a,
                                             std::span<const Vertex> b);

struct VertexCut {
  bool exists = false;           // false if a and b touch directly (no vertex set separates them)
  std::vector<Vertex> vertices;  // a minimum vertex cut, ascending (empty if a, b disconnected)
};

// A minimum set of vertices outside a ∪ b whose removal disconnects a from b (Menger): every
// vertex becomes v_in -> v_out of capacity 1, every arc u -> v both u_out -> v_in and
// v_out -> u_in of unlimited capacity, and max_flow gives the cut nearest to a. O(max-flow on
// 2n vertices, 2n + 2m arcs).
VertexCut minimum_vertex_cut(const CsrGraph& g, std::span<const Vertex> a,
                             std::span<const Vertex> b);

// The number of a–b paths that share no vertex outside a ∪ b (Menger), each tie used once, so a
// direct tie between a and b counts as one path: max flow on the split network above with
// capacity 1 on the ties. 0 when a and b are disconnected. O(max-flow on 2n vertices).
std::int64_t node_disjoint_paths(const CsrGraph& g, std::span<const Vertex> a,
                                 std::span<const Vertex> b);

// The k vertices whose score moved most (|after - before|, ties: smaller id), skipping
// `removed`. Scores are indexed by Vertex (both of g's size).
std::vector<Vertex> top_movers(std::span<const double> before, std::span<const double> after,
                               std::int64_t k, std::span<const Vertex> removed = {});

}  // namespace innonet::flow
