#include "algorithms/paths/all_shortest_paths.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "algorithms/paths/dijkstra.hpp"

namespace innonet::paths {
namespace {

struct TightDag {
  const CsrGraph& g;
  const std::vector<double>& dist;
  const std::vector<double>& length;
  double tolerance;
  bool tight(Vertex u, Vertex v, double arc) const {
    return std::abs(dist[u] + arc - dist[v]) <= tolerance * std::max(1.0, std::abs(dist[v]));
  }
};

// useful[v] = 1 if v lies on a tight path to target (reverse search over tight in-arcs).
std::vector<char> on_tight_paths(const TightDag& dag, const std::vector<double>& in_length,
                                 Vertex target) {
  std::vector<char> useful(dag.g.num_nodes(), 0);
  std::vector<Vertex> stack{target};
  useful[target] = 1;
  const auto sources = dag.g.in_sources();
  while (!stack.empty()) {
    const Vertex v = stack.back();
    stack.pop_back();
    for (ArcIndex a = dag.g.in_begin(v); a < dag.g.in_begin(v + 1); ++a) {
      const Vertex u = sources[a];
      if (useful[u] || std::isinf(dag.dist[u]) || !dag.tight(u, v, in_length[a])) continue;
      useful[u] = 1;
      stack.push_back(u);
    }
  }
  return useful;
}

}  // namespace

AllShortestResult all_shortest_paths(const CsrGraph& g, Vertex source, Vertex target,
                                     const AllShortestOptions& options) {
  check_vertex(g, source, "source");
  check_vertex(g, target, "target");
  if (options.max_paths < 1) throw std::invalid_argument("max_paths: must be >= 1");
  const auto sp = dijkstra(g, source, {.length = options.length});
  AllShortestResult r;
  r.length = sp.distance[target];
  if (std::isinf(r.length)) return r;
  const std::vector<double> length = arc_lengths(g, options.length);
  const TightDag dag{g, sp.distance, length, options.tie_tolerance_relative};
  const std::vector<char> useful = on_tight_paths(dag, in_arc_lengths(g, options.length), target);
  // Iterative depth-first enumeration: frame = (vertex, next arc to try).
  std::vector<std::pair<Vertex, ArcIndex>> stack{{source, g.out_begin(source)}};
  std::vector<Vertex> path{source};
  std::vector<char> on_path(g.num_nodes(), 0);  // zero-length cycles can be tight
  on_path[source] = 1;
  const auto targets = g.out_targets();
  while (!stack.empty()) {
    auto& [u, a] = stack.back();
    if (u == target || a == g.out_begin(u + 1)) {
      if (u == target) {
        if (std::ssize(r.paths) == options.max_paths) {
          r.truncated = true;
          break;
        }
        r.paths.push_back(path);
      }
      on_path[u] = 0;
      stack.pop_back();
      path.pop_back();
      continue;
    }
    const ArcIndex arc = a++;
    const Vertex v = targets[arc];
    const bool repeat = arc > g.out_begin(u) && targets[arc - 1] == v;  // parallel arc, same path
    if (repeat || !useful[v] || on_path[v] || !dag.tight(u, v, length[arc])) continue;
    on_path[v] = 1;
    stack.emplace_back(v, g.out_begin(v));
    path.push_back(v);
  }
  return r;
}

}  // namespace innonet::paths
