#pragma once
// Single-source shortest paths with non-negative arc lengths (Dijkstra 1959, binary heap with
// lazy deletion). Lengths come from the weights by a LengthRule (length_rule.hpp).
// Ties: the heap orders by (distance, vertex id) and a parent changes only on a strictly shorter
// distance, so the shortest-path tree is deterministic. Serial.
// Cost: O((n + m) log n) time, O(n + m) memory (the arc lengths are computed once).
#include <vector>

#include "algorithms/paths/length_rule.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::paths {

struct ShortestPathOptions {
  LengthRule length = LengthRule::weight;
  Vertex target = kNoVertex;  // stop once this vertex is settled (kNoVertex: settle everything)
};

struct ShortestPathResult {
  std::vector<double> distance;  // +inf if unreachable (or not settled before an early stop)
  std::vector<Vertex> parent;    // kNoVertex if unreachable; parent[source] == source
  Vertex settled = 0;            // vertices popped with their final distance (diagnostic)
};

// Throws std::invalid_argument naming 'source', 'target' or 'weight'.
ShortestPathResult dijkstra(const CsrGraph& g, Vertex source,
                            const ShortestPathOptions& options = {});

}  // namespace innonet::paths
