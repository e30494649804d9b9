#pragma once
// Widest (maximum-bottleneck) paths from one source: width[v] = the largest w such that some
// path source -> v uses only arcs of weight >= w, i.e. the max over paths of the min arc weight
// (Pollack 1960; here the Dijkstra-like label-setting variant with a max-heap).
// Use: the strongest chain of ties between two organisations. Weights must be >= 0; an
// unweighted graph has width 1 wherever reachable. Ties: heap order (width desc, vertex id asc),
// parent changes only on a strictly wider path, so the tree is deterministic. Serial.
// Cost: O((n + m) log n).
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::paths {

struct WidestPathResult {
  std::vector<double> width;   // +inf at the source, 0 where unreachable
  std::vector<Vertex> parent;  // kNoVertex if unreachable; parent[source] == source
};

// Throws std::invalid_argument naming 'source' or 'weight' (a negative weight).
WidestPathResult widest_paths(const CsrGraph& g, Vertex source);

}  // namespace innonet::paths
