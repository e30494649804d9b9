#include "dist/pagerank.hpp"

#include <cmath>
#include <stdexcept>

namespace innonet::dist {
namespace {

struct SweepTotals {
  double change_l1 = 0.0;
  double dangling = 0.0;
};

SweepTotals all_sum(SweepTotals local, MPI_Comm comm) {
  double both[2] = {local.change_l1, local.dangling};
  MPI_Allreduce(MPI_IN_PLACE, both, 2, MPI_DOUBLE, MPI_SUM, comm);
  return {both[0], both[1]};
}

}  // namespace

DistPageRankResult dist_pagerank(const DistGraph& g, const DistPageRankOptions& options) {
  if (!(options.damping >= 0.0 && options.damping < 1.0))
    throw std::invalid_argument("damping: must be in [0, 1)");
  if (options.max_iterations < 1) throw std::invalid_argument("max_iterations: must be >= 1");
  DistPageRankResult result;
  const Index n = g.num_nodes;
  const MPI_Comm comm = g.grid->GetWorld();
  if (n == 0) {
    result.converged = true;
    return result;
  }
  // Column sums of in_arcs are out-degrees.
  const DenseVector out_degree = g.in_arcs->Reduce(combblas::Column, std::plus<double>(), 0.0);
  const LocalPart<double> degree = local_part(out_degree);
  const std::size_t local = degree.values.size();
  std::vector<double> inv_out(local), x(local, 1.0 / static_cast<double>(n));  // NetworkX's start
  double dangling_local = 0.0;
  for (std::size_t i = 0; i < local; ++i) {
    inv_out[i] = degree.values[i] > 0.0 ? 1.0 / degree.values[i] : 0.0;
    if (inv_out[i] == 0.0) dangling_local += x[i];
  }
  double dangling = all_sum({0.0, dangling_local}, comm).dangling;
  DenseVector c(g.grid, n, 0.0);
  const double d = options.damping;
  while (result.iterations < options.max_iterations) {
    for (std::size_t i = 0; i < local; ++i)
      c.SetLocalElement(static_cast<Index>(i), x[i] * inv_out[i]);
    const DenseVector y = combblas::SpMV<combblas::PlusTimesSRing<double, double>>(*g.in_arcs, c);
    const double* gathered = y.GetLocArr();
    const double base = (d * dangling + 1.0 - d) / static_cast<double>(n);
    SweepTotals mine;
    for (std::size_t i = 0; i < local; ++i) {
      const double next = d * gathered[i] + base;
      mine.change_l1 += std::abs(next - x[i]);
      if (inv_out[i] == 0.0) mine.dangling += next;
      x[i] = next;
    }
    const SweepTotals total = all_sum(mine, comm);
    ++result.iterations;
    result.residual_l1 = total.change_l1;
    dangling = total.dangling;
    if (total.change_l1 < options.tolerance_l1) {
      result.converged = true;
      break;
    }
  }
  result.score = {degree.first, std::move(x)};
  return result;
}

}  // namespace innonet::dist
