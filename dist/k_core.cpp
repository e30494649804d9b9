#include "dist/k_core.hpp"

#include <algorithm>
#include <limits>

namespace innonet::dist {
namespace {

// Degrees as core_number counts them: see the header.
Matrix degree_matrix(const DistGraph& g) {
  Matrix d(*g.in_arcs);
  if (g.directed) {
    Matrix transposed(*g.in_arcs);
    transposed.Transpose();
    d += transposed;  // a pair of opposite arcs sums to 2: counted twice, as NetworkX does
  }
  d.RemoveLoops();
  return d;
}

struct RoundTotals {
  Index removed = 0;
  Index smallest_left = std::numeric_limits<Index>::max();
};

}  // namespace

DistCoreResult dist_core_number(const DistGraph& g) {
  const MPI_Comm comm = g.grid->GetWorld();
  const Matrix d = degree_matrix(g);
  DenseVector present(g.grid, g.num_nodes, 1.0);
  const auto local = static_cast<std::size_t>(present.LocArrSize());
  std::vector<Index> core(local, -1);
  DistCoreResult result;
  Index left = g.num_nodes, k = 0;
  while (left > 0) {
    ++result.rounds;
    const DenseVector degree = combblas::SpMV<combblas::PlusTimesSRing<double, double>>(d, present);
    const double* deg = degree.GetLocArr();
    RoundTotals mine;
    for (std::size_t i = 0; i < local; ++i) {
      if (core[i] >= 0) continue;
      const auto di = static_cast<Index>(deg[i]);
      if (di <= k) {
        core[i] = k;
        present.SetLocalElement(static_cast<Index>(i), 0.0);
        ++mine.removed;
      } else {
        mine.smallest_left = std::min(mine.smallest_left, di);
      }
    }
    RoundTotals all;
    MPI_Allreduce(&mine.removed, &all.removed, 1, MPI_INT64_T, MPI_SUM, comm);
    MPI_Allreduce(&mine.smallest_left, &all.smallest_left, 1, MPI_INT64_T, MPI_MIN, comm);
    left -= all.removed;
    if (all.removed > 0) result.max_core = k;
    if (all.removed == 0) k = all.smallest_left;  // nobody left at degree <= k: next level
  }
  result.core = {present.LengthUntil(), std::move(core)};
  return result;
}

}  // namespace innonet::dist
