#include "dist/triangles.hpp"

#include <cmath>
#include <tuple>

#include "dist/components.hpp"

namespace innonet::dist {

Index dist_triangles(const DistGraph& g) {
  Matrix lower = undirected_view(g);
  // PruneI removes the entries its predicate is true for: keep row > column.
  lower.PruneI([](const std::tuple<Index, Index, double>& entry) {
    return std::get<0>(entry) <= std::get<1>(entry);
  });
  Matrix right(lower);  // CombBLAS refuses to multiply a matrix by itself (aliased inputs)
  Matrix wedges =
      combblas::Mult_AnXBn_Synch<combblas::PlusTimesSRing<double, double>, double,
                                 combblas::SpDCCols<Index, double>>(lower, right, false, true);
  wedges.EWiseMult(lower, false);  // keep the wedges closed by an edge
  const DenseVector per_column = wedges.Reduce(combblas::Column, std::plus<double>(), 0.0);
  const double* values = per_column.GetLocArr();
  double mine = 0.0;  // wedge counts are integers; doubles are exact below 2^53
  for (Index i = 0; i < per_column.LocArrSize(); ++i) mine += values[i];
  double total = 0.0;
  MPI_Allreduce(&mine, &total, 1, MPI_DOUBLE, MPI_SUM, g.grid->GetWorld());
  return static_cast<Index>(std::llround(total));
}

}  // namespace innonet::dist
