#pragma once
// Serial, obviously-right twins of the path kernels (algorithms/paths/), for comparison on many
// small random graphs. Quadratic where that makes them simpler; never used outside tests.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <queue>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::reference {

// Plain FIFO BFS; parent[v] = the smallest-id vertex one level closer with an arc to v.
struct BfsTwin {
  std::vector<std::int32_t> distance;
  std::vector<Vertex> parent;
};

// Every simple path source -> target with its length (tiny graphs only), sorted by length.
struct PathTwin {
  double length = 0.0;
  std::vector<Vertex> vertices;
};

// Hop distances by a plain FIFO queue, -1 if unreachable: O(n + m), for graphs too large for the
// quadratic parent rule of bfs() below.
inline std::vector<std::int32_t> bfs_distance(const CsrGraph& g, Vertex source) {
  std::vector<std::int32_t> distance(g.num_nodes(), -1);
  std::queue<Vertex> queue;
  distance[source] = 0;
  queue.push(source);
  while (!queue.empty()) {
    const Vertex u = queue.front();
    queue.pop();
    for (const Vertex v : g.out_neighbors(u))
      if (distance[v] == -1) {
        distance[v] = distance[u] + 1;
        queue.push(v);
      }
  }
  return distance;
}

inline BfsTwin bfs(const CsrGraph& g, Vertex source) {
  const Vertex n = g.num_nodes();
  BfsTwin r{std::vector<std::int32_t>(n, -1), std::vector<Vertex>(n, kNoVertex)};
  std::queue<Vertex> queue;
  r.distance[source] = 0;
  r.parent[source] = source;
  queue.push(source);
  while (!queue.empty()) {
    const Vertex u = queue.front();
    queue.pop();
    for (const Vertex v : g.out_neighbors(u))
      if (r.distance[v] == -1) {
        r.distance[v] = r.distance[u] + 1;
        queue.push(v);
      }
  }
  for (Vertex v = 0; v < n; ++v) {
    if (v == source || r.distance[v] < 0) continue;
    for (Vertex u = 0; u < n && r.parent[v] == kNoVertex; ++u)
      if (r.distance[u] == r.distance[v] - 1)
        for (const Vertex w : g.out_neighbors(u))
          if (w == v) r.parent[v] = u;
  }
  return r;
}

// Bellman–Ford relaxation to a fixed point with the given arc lengths (parallel to out-arcs).
inline std::vector<double> shortest_distances(const CsrGraph& g, Vertex source,
                                              const std::vector<double>& arc_length) {
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> d(g.num_nodes(), inf);
  d[source] = 0.0;
  for (bool changed = true; changed;) {
    changed = false;
    for (Vertex u = 0; u < g.num_nodes(); ++u)
      for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
        const Vertex v = g.out_targets()[a];
        if (d[u] + arc_length[a] < d[v]) {
          d[v] = d[u] + arc_length[a];
          changed = true;
        }
      }
  }
  return d;
}

// Widest-path widths by brute force over simple paths (depth-first; tiny graphs only):
// width[source] = +inf, unreachable = 0, unweighted arcs count 1.
inline std::vector<double> widest_widths(const CsrGraph& g, Vertex source) {
  std::vector<double> best(g.num_nodes(), 0.0);
  std::vector<char> on_path(g.num_nodes(), 0);
  const auto weight = g.out_weight_array();
  std::function<void(Vertex, double)> walk = [&](Vertex u, double width) {
    best[u] = std::max(best[u], width);
    on_path[u] = 1;
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = g.out_targets()[a];
      if (!on_path[v]) walk(v, std::min(width, weight.empty() ? 1.0 : weight[a]));
    }
    on_path[u] = 0;
  };
  walk(source, std::numeric_limits<double>::infinity());
  return best;
}

// Every simple path source -> target with its length (tiny graphs only), sorted by length.
inline std::vector<PathTwin> all_simple_paths(const CsrGraph& g, Vertex source, Vertex target,
                                              const std::vector<double>& arc_length) {
  std::vector<PathTwin> paths;
  std::vector<Vertex> path{source};
  std::vector<char> on_path(g.num_nodes(), 0);
  on_path[source] = 1;
  std::function<void(Vertex, double)> walk = [&](Vertex u, double length) {
    if (u == target) {
      paths.push_back({length, path});
      return;
    }
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = g.out_targets()[a];
      if (on_path[v]) continue;
      on_path[v] = 1;
      path.push_back(v);
      walk(v, length + arc_length[a]);
      path.pop_back();
      on_path[v] = 0;
    }
  };
  walk(source, 0.0);
  std::stable_sort(paths.begin(), paths.end(),
                   [](const PathTwin& a, const PathTwin& b) { return a.length < b.length; });
  return paths;
}

}  // namespace innonet::reference
