#pragma once
// Every shortest path between two vertices (NetworkX's all_shortest_paths). Dijkstra from the
// source; an arc u->v is tight when dist[u] + length == dist[v] within a relative tolerance
// (sums along different routes may round differently); the tight arcs form a DAG whose
// source->target paths are enumerated depth-first in vertex-id order, so the list comes out
// lexicographically sorted. The count can be exponential: max_paths caps it.
// Cost: O((n + m) log n) + O(total length of the listed paths). Serial.
#include <cstdint>
#include <vector>

#include "algorithms/paths/length_rule.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::paths {

struct AllShortestOptions {
  LengthRule length = LengthRule::weight;
  std::int64_t max_paths = 100000;
  double tie_tolerance_relative = 1e-12;
};

struct AllShortestResult {
  std::vector<std::vector<Vertex>> paths;  // lexicographic order; empty if unreachable
  double length = 0.0;                     // +inf if unreachable
  bool truncated = false;                  // true if max_paths stopped the listing
};

// Throws std::invalid_argument naming 'source', 'target', 'max_paths' or 'weight'.
AllShortestResult all_shortest_paths(const CsrGraph& g, Vertex source, Vertex target,
                                     const AllShortestOptions& options = {});

}  // namespace innonet::paths
