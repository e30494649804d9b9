#pragma once
// Breadth-first search over out-arcs on the distributed matrix, level-synchronous: one SpMV on
// the (min, select-second) semiring per level gives every vertex the smallest id of a frontier
// vertex with an arc to it; vertices already reached are masked out, the rest form the next
// level. Parents follow the rule of algorithms/paths/bfs.hpp (the smallest-id vertex of the
// previous level), so distances and parents both equal the single-machine kernel's.
// A frontier below n/4096 vertices is a sparse vector (cost: its arcs / P local work, its
// entries sent along grid rows and columns); a larger one a dense vector (cost: m/P local work
// and 2n/sqrt(P) words, like a PageRank sweep), since CombBLAS 1.6.2's sparse product is far
// slower than a full pass once the frontier holds more than a few thousand vertices (bfs.cpp).
// Plus O(n/P) per level either way.
#include <vector>

#include "dist/dist_graph.hpp"
#include "dist/local_part.hpp"

namespace innonet::dist {

struct DistBfsResult {
  LocalPart<Index> distance;       // hops from the source, -1 if unreachable
  LocalPart<Index> parent;         // -1 if unreachable; parent[source] == source
  std::vector<Index> level_sizes;  // vertices at distance 0, 1, ... (every process holds it)
  Index reached = 0;
};

// Collective. std::invalid_argument naming 'source' if it is not a vertex.
DistBfsResult dist_bfs(const DistGraph& g, Index source);

}  // namespace innonet::dist
