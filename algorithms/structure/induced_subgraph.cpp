#include <stdexcept>

#include "algorithms/structure/k_core.hpp"
#include "engine/csr_build.hpp"

namespace innonet::structure {

Subgraph induced_subgraph(const CsrGraph& g, std::span<const Vertex> vertices) {
  std::vector<Vertex> position(g.num_nodes(), kNoVertex);
  for (std::size_t i = 0; i < vertices.size(); ++i) {
    const Vertex v = vertices[i];
    if (v < 0 || v >= g.num_nodes() || (i > 0 && v <= vertices[i - 1]))
      throw std::invalid_argument(
          "induced_subgraph: vertices must be sorted, distinct and in range");
    position[v] = static_cast<Vertex>(i);
  }
  EdgeList edges;
  edges.num_nodes = static_cast<Vertex>(vertices.size());
  const auto targets = g.out_targets();
  const auto weights = g.out_weight_array();
  for (const Vertex u : vertices)
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = targets[a];
      // Undirected graphs store each edge twice: keep the copy with u <= v.
      if (position[v] == kNoVertex || (!g.is_directed() && v < u)) continue;
      edges.sources.push_back(position[u]);
      edges.targets.push_back(position[v]);
      if (g.is_weighted()) edges.weights.push_back(weights[a]);
    }
  Subgraph result;
  result.graph = build_csr(edges, {.direction = g.direction(), .merge = MergeRule::keep});
  result.original.assign(vertices.begin(), vertices.end());
  return result;
}

}  // namespace innonet::structure
