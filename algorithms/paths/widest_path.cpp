#include "algorithms/paths/widest_path.hpp"

#include <algorithm>
#include <limits>
#include <queue>
#include <utility>

#include "algorithms/paths/length_rule.hpp"

namespace innonet::paths {

WidestPathResult widest_paths(const CsrGraph& g, Vertex source) {
  check_vertex(g, source, "source");
  const std::vector<double> capacity = arc_lengths(g, LengthRule::weight);  // checks >= 0
  const Vertex n = g.num_nodes();
  WidestPathResult r;
  r.width.assign(n, 0.0);
  r.parent.assign(n, kNoVertex);
  std::vector<char> done(n, 0);
  // Max-heap on width; among equal widths the smaller vertex id first.
  using Entry = std::pair<double, Vertex>;
  const auto lower = [](const Entry& a, const Entry& b) {
    return a.first < b.first || (a.first == b.first && a.second > b.second);
  };
  std::priority_queue<Entry, std::vector<Entry>, decltype(lower)> heap(lower);
  r.width[source] = std::numeric_limits<double>::infinity();
  r.parent[source] = source;
  heap.emplace(r.width[source], source);
  const auto targets = g.out_targets();
  while (!heap.empty()) {
    const auto [w, u] = heap.top();
    heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = targets[a];
      const double candidate = std::min(w, capacity[a]);
      if (done[v] || candidate <= r.width[v]) continue;
      r.width[v] = candidate;
      r.parent[v] = u;
      heap.emplace(candidate, v);
    }
  }
  return r;
}

}  // namespace innonet::paths
