#pragma once
// Breadth-first search from one source over out-arcs (hop distances).
//
// Direction-optimizing (Beamer, Asanović, Patterson, "Direction-Optimizing Breadth-First Search",
// SC 2012): a level is expanded top-down (frontier vertices push to their out-neighbours) while
// the frontier is small, and bottom-up (every unvisited vertex scans its in-neighbours for a
// frontier member) once the arcs leaving the frontier exceed the arcs left to check / alpha; it
// returns to top-down when the frontier holds fewer than n / beta vertices. Bottom-up levels keep
// the frontier as a bitmap and a second bitmap of settled vertices (visited, or without in-arcs),
// so each level reads one bit per settled vertex instead of its distance and row offsets.
//
// Parent rule (the same for both directions, so the result does not depend on the strategy or the
// thread count): parent[v] is the smallest-id vertex of the previous level with an arc to v.
// Top-down claims vertices with an integer compare-and-swap and then takes an atomic minimum of
// the parent; bottom-up scans the sorted in-row and stops at the first frontier member.
// Cost: O(n + m) work; bottom-up levels often touch far fewer arcs on small-world graphs.
#include <cstdint>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::paths {

enum class BfsStrategy { direction_optimizing, top_down, bottom_up };

struct BfsOptions {
  BfsStrategy strategy = BfsStrategy::direction_optimizing;
  double alpha = 15.0;  // go bottom-up when frontier arcs > unexplored arcs / alpha (Beamer: 15)
  double beta = 18.0;   // go back top-down when frontier size < n / beta (Beamer: 18)
};

struct BfsResult {
  std::vector<std::int32_t> distance;  // hops from the source, -1 if unreachable
  std::vector<Vertex> parent;          // kNoVertex if unreachable; parent[source] == source
  Vertex reached = 0;                  // vertices with distance >= 0, the source included
  int levels = 0;                      // largest distance + 1
  int bottom_up_levels = 0;            // levels expanded bottom-up (diagnostic)
};

// Throws std::invalid_argument naming 'source' if it is not a vertex of g.
BfsResult bfs(const CsrGraph& g, Vertex source, const BfsOptions& options = {});

}  // namespace innonet::paths
