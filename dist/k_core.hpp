#pragma once
// k-core decomposition on the distributed matrix: core[v] is the largest k such that v belongs to
// a subgraph in which every vertex has degree >= k, with the degrees of
// algorithms/structure/k_core.hpp (NetworkX's core_number): undirected degree, or in-degree +
// out-degree for a directed graph (a pair of opposite arcs counts twice); self-loops ignored;
// parallel arcs merged (the matrix holds each pair once). Core numbers are unique, so they equal
// the single-machine kernel's.
//
// Algorithm: synchronous peeling by levels. Each round, one SpMV on the (+, ×) semiring counts
// every vertex's neighbours still present (the degree matrix D = in_arcs + in_arcsᵀ for a
// directed graph, in_arcs for an undirected one, loops removed, times the 0/1 vector of vertices
// present); every present vertex of degree <= k leaves with core k. When a round removes
// nobody, k jumps to the smallest degree left. Rounds: the peeling depth summed over the distinct
// core values (tens to a few hundred on R-MAT); each costs one SpMV (m/P local work, 2n/√P words)
// and two all-reduces.
#include "dist/dist_graph.hpp"
#include "dist/local_part.hpp"

namespace innonet::dist {

struct DistCoreResult {
  LocalPart<Index> core;
  Index max_core = 0;
  int rounds = 0;
};

// Collective.
DistCoreResult dist_core_number(const DistGraph& g);

}  // namespace innonet::dist
