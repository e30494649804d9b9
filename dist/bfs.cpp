#include "dist/bfs.hpp"

#include <numeric>
#include <stdexcept>
#include <string>

#include "dist/semirings.hpp"

namespace innonet::dist {

using SparseIds = combblas::FullyDistSpVec<Index, Index>;

DistBfsResult dist_bfs(const DistGraph& g, Index source) {
  const Index n = g.num_nodes;
  if (source < 0 || source >= n)
    throw std::invalid_argument("source: vertex " + std::to_string(source) + " is not in 0.." +
                                std::to_string(n - 1));
  IndexVector parent(g.grid, n, Index{-1});
  IndexVector distance(g.grid, n, Index{-1});
  parent.SetElement(source, source);
  distance.SetElement(source, 0);
  SparseIds frontier(g.grid, n);
  frontier.SetElement(source, source);
  DistBfsResult result;
  result.level_sizes.push_back(1);
  for (Index depth = 1;; ++depth) {
    SparseIds reached(g.grid, n);
    combblas::SpMV<MinIdSemiring>(*g.in_arcs, frontier, reached, false);
    // Keep the vertices whose parent is still -1 (not reached before).
    reached = combblas::EWiseMult(reached, parent, true, Index{-1});
    const Index count = reached.getnnz();
    if (count == 0) break;
    result.level_sizes.push_back(count);
    parent.Set(reached);
    SparseIds level = reached;
    level.Apply([depth](Index) { return depth; });
    distance.Set(level);
    reached.setNumToInd();  // the next frontier carries its own ids
    frontier = reached;
  }
  result.reached = std::accumulate(result.level_sizes.begin(), result.level_sizes.end(), Index{0});
  result.distance = local_part(distance);
  result.parent = local_part(parent);
  return result;
}

}  // namespace innonet::dist
