#pragma once
// Triangle counting on an undirected graph, read as simple: parallel edges count once and
// self-loops are ignored (NetworkX's nx.triangles on the nx.Graph of the same edges).
// per_vertex[v] is the number of triangles through v (nx.triangles); total is the number of
// distinct triangles, sum(per_vertex) / 3.
//
// Algorithm: vertices are renumbered by (degree, id) rank (a counting sort) and each edge is
// oriented from lower to higher rank (Schank & Wagner 2005; Chiba & Nishizeki 1985), so no
// out-row is longer than sqrt(2m) and the hubs every row points at share a few cache lines.
// For every vertex u its out-row is stamped into a per-thread marker array, and each triangle
// u<v<w is found once, as w in out(v) marked by u, v in out(u). Rows run in parallel with dynamic
// scheduling; counts are integers (per-vertex counts use integer atomics), so the result is exact
// and identical at any thread count. Cost: O(m^1.5) worst case, O(n + m) memory plus one marker
// array of n entries per thread. A directed graph is refused (std::invalid_argument): project it
// undirected first.
#include <cstdint>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::structure {

enum class TriangleOutput { total_only, per_vertex };

struct TriangleOptions {
  TriangleOutput output = TriangleOutput::per_vertex;
};

struct TriangleResult {
  std::int64_t total = 0;
  std::vector<std::int64_t> per_vertex;  // empty with TriangleOutput::total_only
};

TriangleResult triangles(const CsrGraph& g, const TriangleOptions& options = {});

}  // namespace innonet::structure
