#include "algorithms/paths/k_shortest_paths.hpp"

#include <functional>
#include <limits>
#include <queue>
#include <set>
#include <stdexcept>
#include <utility>

namespace innonet::paths {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Shortest path spur -> target avoiding blocked vertices and arcs; empty if none. Vertex lists
// only; the caller re-measures lengths along the chosen arcs.
std::vector<Vertex> restricted_path(const CsrGraph& g, const std::vector<double>& length,
                                    Vertex spur, Vertex target,
                                    const std::vector<char>& vertex_blocked,
                                    const std::vector<char>& arc_blocked) {
  const Vertex n = g.num_nodes();
  std::vector<double> dist(n, kInf);
  std::vector<Vertex> parent(n, kNoVertex);
  std::vector<char> done(n, 0);
  using Entry = std::pair<double, Vertex>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  dist[spur] = 0.0;
  parent[spur] = spur;
  heap.emplace(0.0, spur);
  while (!heap.empty()) {
    const auto [d, u] = heap.top();
    heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    if (u == target) break;
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = g.out_targets()[a];
      if (arc_blocked[a] || vertex_blocked[v] || done[v] || d + length[a] >= dist[v]) continue;
      dist[v] = d + length[a];
      parent[v] = u;
      heap.emplace(dist[v], v);
    }
  }
  return done[target] ? path_from_parents(parent, spur, target) : std::vector<Vertex>{};
}

// Length of a vertex path, shortest arc between each consecutive pair, summed from the source.
double path_length(const CsrGraph& g, const std::vector<double>& length,
                   const std::vector<Vertex>& path) {
  double total = 0.0;
  for (std::size_t i = 0; i + 1 < path.size(); ++i) {
    double best = kInf;
    for (ArcIndex a = g.out_begin(path[i]); a < g.out_begin(path[i] + 1); ++a)
      if (g.out_targets()[a] == path[i + 1]) best = std::min(best, length[a]);
    total += best;
  }
  return total;
}

}  // namespace

KShortestResult k_shortest_paths(const CsrGraph& g, Vertex source, Vertex target,
                                 const KShortestOptions& options) {
  check_vertex(g, source, "source");
  check_vertex(g, target, "target");
  if (source == target) throw std::invalid_argument("target: source == target");
  if (options.k < 1) throw std::invalid_argument("k: must be >= 1");
  const std::vector<double> length = arc_lengths(g, options.length);
  KShortestResult r;
  std::vector<char> vertex_blocked(g.num_nodes(), 0), arc_blocked(g.num_arcs(), 0);
  auto first = restricted_path(g, length, source, target, vertex_blocked, arc_blocked);
  ++r.searches;
  if (first.empty()) return r;
  r.paths.push_back({first, path_length(g, length, first)});
  std::set<std::pair<double, std::vector<Vertex>>> candidates;
  while (std::ssize(r.paths) < options.k) {
    const std::vector<Vertex> last = r.paths.back().vertices;
    for (std::size_t i = 0; i + 1 < last.size(); ++i) {
      const std::vector<Vertex> root(last.begin(), last.begin() + i + 1);
      for (const Path& p : r.paths)  // block the next arc of every found path with this root
        if (p.vertices.size() > i + 1 && std::equal(root.begin(), root.end(), p.vertices.begin()))
          for (ArcIndex a = g.out_begin(last[i]); a < g.out_begin(last[i] + 1); ++a)
            if (g.out_targets()[a] == p.vertices[i + 1]) arc_blocked[a] = 1;
      for (std::size_t j = 0; j < i; ++j) vertex_blocked[root[j]] = 1;
      const auto spur = restricted_path(g, length, last[i], target, vertex_blocked, arc_blocked);
      ++r.searches;
      if (!spur.empty()) {
        std::vector<Vertex> total = root;
        total.insert(total.end(), spur.begin() + 1, spur.end());
        candidates.emplace(path_length(g, length, total), std::move(total));
      }
      std::fill(vertex_blocked.begin(), vertex_blocked.end(), 0);
      std::fill(arc_blocked.begin(), arc_blocked.end(), 0);
    }
    // Drop candidates already found (a spur can rebuild an earlier path).
    while (!candidates.empty()) {
      auto best = candidates.extract(candidates.begin());
      bool seen = false;
      for (const Path& p : r.paths) seen = seen || p.vertices == best.value().second;
      if (seen) continue;
      r.paths.push_back({std::move(best.value().second), best.value().first});
      break;
    }
    if (r.paths.back().vertices == last) break;  // no new candidate: fewer than k paths exist
  }
  return r;
}

}  // namespace innonet::paths
