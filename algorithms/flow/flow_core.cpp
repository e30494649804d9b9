#include "algorithms/flow/flow_core.hpp"

namespace innonet::flow {

std::vector<std::uint8_t> flow_core_mask(const CsrGraph& g, std::span<const Vertex> sources,
                                         std::span<const Vertex> sinks) {
  const Vertex n = g.num_nodes();
  std::vector<std::uint8_t> keep(static_cast<std::size_t>(n), 1), terminal(keep.size(), 0);
  for (const auto set : {sources, sinks})
    for (const Vertex v : set) terminal[v] = 1;
  // Arcs to other vertices: out (and, directed, in) counts without self-loops.
  std::vector<Vertex> out(keep.size(), 0), in(g.is_directed() ? keep.size() : 0, 0);
  const auto targets = g.out_targets();
  for (Vertex u = 0; u < n; ++u)
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a)
      if (targets[a] != u) {
        ++out[u];
        if (g.is_directed()) ++in[targets[a]];
      }
  const auto dead = [&](Vertex v) {
    if (terminal[v] || !keep[v]) return false;
    return g.is_directed() ? (out[v] == 0 || in[v] == 0) : out[v] <= 1;
  };
  std::vector<Vertex> queue;
  for (Vertex v = 0; v < n; ++v)
    if (dead(v)) keep[v] = 0, queue.push_back(v);
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const Vertex v = queue[head];
    // Its neighbours lose the arcs they had with v.
    for (const Vertex w : g.out_neighbors(v)) {
      if (w == v) continue;
      if (g.is_directed())
        --in[w];
      else
        --out[w];
      if (dead(w)) keep[w] = 0, queue.push_back(w);
    }
    if (!g.is_directed()) continue;
    for (const Vertex w : g.in_neighbors(v)) {
      if (w == v) continue;
      --out[w];
      if (dead(w)) keep[w] = 0, queue.push_back(w);
    }
  }
  return keep;
}

}  // namespace innonet::flow
