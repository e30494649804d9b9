#include "algorithms/community/split_disconnected.hpp"

#include <numeric>
#include <utility>

#include "algorithms/structure/union_find.hpp"

namespace innonet::community::detail {

Vertex split_disconnected(const WorkGraph& g, std::vector<Vertex>& membership) {
  const Vertex n = g.num_nodes;
  std::vector<Vertex> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
#pragma omp parallel for schedule(dynamic, 1024)
  for (Vertex v = 0; v < n; ++v)
    for (std::int64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const Vertex u = g.targets[e];
      if (u < v && membership[u] == membership[v]) structure::detail::link(u, v, parent);
    }
  structure::detail::compress(parent, true);
  membership = std::move(parent);
  return renumber_communities(membership);
}

}  // namespace innonet::community::detail
