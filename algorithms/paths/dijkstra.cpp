#include "algorithms/paths/dijkstra.hpp"

#include <functional>
#include <limits>
#include <queue>
#include <utility>

namespace innonet::paths {

ShortestPathResult dijkstra(const CsrGraph& g, Vertex source, const ShortestPathOptions& options) {
  check_vertex(g, source, "source");
  if (options.target != kNoVertex) check_vertex(g, options.target, "target");
  const std::vector<double> length = arc_lengths(g, options.length);
  const Vertex n = g.num_nodes();
  ShortestPathResult r;
  r.distance.assign(n, std::numeric_limits<double>::infinity());
  r.parent.assign(n, kNoVertex);
  std::vector<char> done(n, 0);
  using Entry = std::pair<double, Vertex>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  r.distance[source] = 0.0;
  r.parent[source] = source;
  heap.emplace(0.0, source);
  const auto targets = g.out_targets();
  while (!heap.empty()) {
    const auto [d, u] = heap.top();
    heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    ++r.settled;
    if (u == options.target) break;
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = targets[a];
      const double candidate = d + length[a];
      if (done[v] || candidate >= r.distance[v]) continue;
      r.distance[v] = candidate;
      r.parent[v] = u;
      heap.emplace(candidate, v);
    }
  }
  if (options.target != kNoVertex)  // unsettled vertices have only tentative distances
    for (Vertex v = 0; v < n; ++v)
      if (!done[v]) {
        r.distance[v] = std::numeric_limits<double>::infinity();
        r.parent[v] = kNoVertex;
      }
  return r;
}

}  // namespace innonet::paths
