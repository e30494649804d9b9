#pragma once
// Articulation points and bridges of the undirected view, with the pieces each one separates.
//
// The undirected view: a directed graph is read as NetworkX's G.to_undirected() (u and v are
// adjacent if either arc exists); an undirected graph keeps its parallel edges, and an edge with
// a parallel twin is never a bridge (NetworkX's bridges() on a MultiGraph). Self-loops are
// ignored. An articulation point is a vertex whose removal increases the number of connected
// components; a bridge is an edge whose removal does (nx.articulation_points, nx.bridges).
//
// Algorithm: Hopcroft & Tarjan (1973) low-point DFS with an explicit stack (no recursion, so a
// 10^7-vertex path is fine), serial, roots and neighbours in increasing vertex order. DFS subtree
// sizes give the pieces: removing articulation point a splits its component into one piece per
// DFS child c with low[c] >= disc[a] (size = subtree of c) plus, unless a is the DFS root, the
// rest of the component. Cost: O(n + m) time, O(n + m) memory (the view is built once).
#include <cstdint>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::structure {

struct ArticulationPoint {
  Vertex vertex = kNoVertex;
  std::vector<Vertex> piece_sizes;  // sizes of the pieces its removal leaves, largest first
};

struct Bridge {
  Vertex u = kNoVertex;  // u < v
  Vertex v = kNoVertex;
  Vertex u_side_size = 0;  // vertices left on u's side once the edge is removed
  Vertex v_side_size = 0;
};

struct BiconnectivityResult {
  std::vector<ArticulationPoint> articulation_points;  // increasing vertex
  std::vector<Bridge> bridges;                         // increasing (u, v)
};

BiconnectivityResult articulation_points_and_bridges(const CsrGraph& g);

// The pieces the removal of `vertex` leaves of its component, each sorted, largest piece first
// (ties: smallest first member). Breadth-first search over the undirected view; O(n + m).
std::vector<std::vector<Vertex>> pieces_without_vertex(const CsrGraph& g, Vertex vertex);

// The two sides of edge {u, v} once every u-v edge is removed: {u's side, v's side}, each sorted
// (one piece when u and v stay connected). O(n + m).
std::vector<std::vector<Vertex>> pieces_without_edge(const CsrGraph& g, Vertex u, Vertex v);

}  // namespace innonet::structure
