#pragma once
// The k shortest simple (loopless) paths from source to target, shortest first (Yen 1971).
// Each found path spawns one candidate per spur vertex: a shortest path from the spur vertex
// that avoids the root path's vertices and the next arcs of every found path sharing that root.
// Candidates are kept unique; among equal lengths the lexicographically smaller vertex list
// comes first, so the answer is deterministic (NetworkX's shortest_simple_paths may order ties
// differently). Lengths by LengthRule (length_rule.hpp); parallel arcs: the shortest is used.
// Serial. Cost: O(k n (n + m) log n) in the worst case.
#include <cstdint>
#include <vector>

#include "algorithms/paths/length_rule.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::paths {

struct Path {
  std::vector<Vertex> vertices;  // source first, target last
  double length = 0.0;           // arc lengths summed from the source
};

struct KShortestOptions {
  int k = 1;
  LengthRule length = LengthRule::weight;
};

struct KShortestResult {
  std::vector<Path> paths;    // at most k; fewer if the graph has fewer simple paths
  std::int64_t searches = 0;  // spur searches run (diagnostic)
};

// Throws std::invalid_argument naming 'source', 'target' (also source == target), 'k' (< 1) or
// 'weight'.
KShortestResult k_shortest_paths(const CsrGraph& g, Vertex source, Vertex target,
                                 const KShortestOptions& options = {});

}  // namespace innonet::paths
