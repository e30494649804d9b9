#include "dist/bfs.hpp"

#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

#include "dist/semirings.hpp"

namespace innonet::dist {
namespace {

using SparseIds = combblas::FullyDistSpVec<Index, Index>;

// Frontiers of at least n / kDenseFrom vertices go through the dense SpMV. CombBLAS 1.6.2's
// sparse-vector product is slow on large frontiers (measured on a scale-16 R-MAT graph, one
// process: 0.45 s for one level whose frontier held 38,024 vertices, 3 % of them, against 0.03 s
// for the whole 6-level search with dense levels), so only the first and last levels of a
// small-world graph, with their handful of vertices, stay sparse.
inline constexpr Index kDenseFrom = 4096;

// One level from a small frontier: (min, select-second) SpMV of the frontier's ids, masked by
// "not reached yet". Returns the number of vertices reached.
Index sparse_level(const DistGraph& g, Index depth, IndexVector& distance, IndexVector& parent) {
  SparseIds frontier(distance, [depth](Index d) { return d == depth - 1; });
  frontier.setNumToInd();
  SparseIds reached(g.grid, g.num_nodes);
  combblas::SpMV<MinIdSemiring>(*g.in_arcs, frontier, reached, false);
  reached = combblas::EWiseMult(reached, parent, true, Index{-1});  // keep parent == -1
  parent.Set(reached);
  reached.Apply([depth](Index) { return depth; });
  distance.Set(reached);
  return reached.getnnz();
}

// One level from a large frontier: the same product on a dense vector holding each frontier
// vertex's id and +infinity elsewhere, then a local pass over this process's vertices.
Index dense_level(const DistGraph& g, Index depth, IndexVector& distance, IndexVector& parent) {
  constexpr double kNone = std::numeric_limits<double>::infinity();
  DenseVector ids(g.grid, g.num_nodes, kNone);
  const Index first = distance.LengthUntil();
  const Index* d = distance.GetLocArr();
  for (Index i = 0; i < distance.LocArrSize(); ++i)
    if (d[i] == depth - 1) ids.SetLocalElement(i, static_cast<double>(first + i));
  const DenseVector smallest = combblas::SpMV<MinLabelSemiring>(*g.in_arcs, ids);
  const double* from = smallest.GetLocArr();
  Index mine = 0;
  for (Index i = 0; i < distance.LocArrSize(); ++i)
    if (d[i] == -1 && from[i] != kNone) {
      distance.SetLocalElement(i, depth);
      parent.SetLocalElement(i, static_cast<Index>(from[i]));
      ++mine;
    }
  Index count = 0;
  MPI_Allreduce(&mine, &count, 1, MPI_INT64_T, MPI_SUM, g.grid->GetWorld());
  return count;
}

}  // namespace

DistBfsResult dist_bfs(const DistGraph& g, Index source) {
  const Index n = g.num_nodes;
  if (source < 0 || source >= n)
    throw std::invalid_argument("source: vertex " + std::to_string(source) + " is not in 0.." +
                                std::to_string(n - 1));
  IndexVector parent(g.grid, n, Index{-1});
  IndexVector distance(g.grid, n, Index{-1});
  parent.SetElement(source, source);
  distance.SetElement(source, 0);
  DistBfsResult result;
  result.level_sizes.push_back(1);
  for (Index depth = 1;; ++depth) {
    const Index frontier = result.level_sizes.back();
    const Index count = frontier * kDenseFrom < n ? sparse_level(g, depth, distance, parent)
                                                  : dense_level(g, depth, distance, parent);
    if (count == 0) break;
    result.level_sizes.push_back(count);
  }
  result.reached = std::accumulate(result.level_sizes.begin(), result.level_sizes.end(), Index{0});
  result.distance = local_part(distance);
  result.parent = local_part(parent);
  return result;
}

}  // namespace innonet::dist
