#include "dist/components.hpp"

#include <algorithm>

#include "dist/semirings.hpp"

namespace innonet::dist {
namespace {

bool any_on_some_process(bool mine, MPI_Comm comm) {
  int flag = mine ? 1 : 0;
  MPI_Allreduce(MPI_IN_PLACE, &flag, 1, MPI_INT, MPI_MAX, comm);
  return flag != 0;
}

// label = label[label] until nothing changes.
void shortcut(IndexVector& label, MPI_Comm comm) {
  while (true) {
    IndexVector jumped = label(label);
    const Index* a = jumped.GetLocArr();
    const Index* b = label.GetLocArr();
    const bool changed = !std::equal(a, a + jumped.LocArrSize(), b);
    label = jumped;
    if (!any_on_some_process(changed, comm)) return;
  }
}

}  // namespace

Matrix undirected_view(const DistGraph& g) {
  Matrix view(*g.in_arcs);
  if (g.directed) {
    Matrix transposed(*g.in_arcs);
    transposed.Transpose();
    view += transposed;
    view.Apply([](double) { return 1.0; });
  }
  view.RemoveLoops();
  return view;
}

DistComponentsResult dist_components(const DistGraph& g) {
  const MPI_Comm comm = g.grid->GetWorld();
  const Matrix view = undirected_view(g);
  IndexVector label(g.grid);
  label.iota(g.num_nodes, 0);
  DistComponentsResult result;
  while (true) {
    ++result.rounds;
    const DenseVector as_double(label);
    const DenseVector smallest = combblas::SpMV<MinLabelSemiring>(view, as_double);
    IndexVector next(label);
    const double* neighbour = smallest.GetLocArr();
    bool changed = false;
    for (Index i = 0; i < next.LocArrSize(); ++i) {
      const double own = static_cast<double>(next.GetLocArr()[i]);
      if (neighbour[i] < own) {
        next.SetLocalElement(i, static_cast<Index>(neighbour[i]));
        changed = true;
      }
    }
    if (!any_on_some_process(changed, comm)) break;
    shortcut(next, comm);
    label = next;
  }
  result.label = local_part(label);
  // Sizes: a sparse vector summing a 1 at each vertex's label (CombBLAS sends each pair to the
  // label's owner), made dense.
  const DenseVector ones(g.grid, g.num_nodes, 1.0);
  const combblas::FullyDistSpVec<Index, double> counted(g.num_nodes, label, ones, true);
  result.size = local_part(DenseVector(counted));
  Index roots = 0;
  for (std::size_t i = 0; i < result.label.values.size(); ++i)
    if (result.label.values[i] == result.label.first + static_cast<Index>(i)) ++roots;
  MPI_Allreduce(&roots, &result.count, 1, MPI_INT64_T, MPI_SUM, comm);
  return result;
}

}  // namespace innonet::dist
