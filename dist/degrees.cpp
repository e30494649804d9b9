#include "dist/degrees.hpp"

#include <algorithm>
#include <bit>
#include <limits>

namespace innonet::dist {
namespace {

DegreeSummary summarize(const LocalPart<double>& degree, Index n, MPI_Comm comm) {
  constexpr int kBins = 33;  // degrees below 2^32
  std::vector<Index> histogram(kBins, 0);
  Index low = std::numeric_limits<Index>::max(), high = 0, sum = 0;
  for (const double value : degree.values) {
    const auto d = static_cast<Index>(value);
    low = std::min(low, d);
    high = std::max(high, d);
    sum += d;
    ++histogram[d == 0 ? 0 : std::bit_width(static_cast<std::uint64_t>(d))];
  }
  DegreeSummary s;
  MPI_Allreduce(&low, &s.min, 1, MPI_INT64_T, MPI_MIN, comm);
  MPI_Allreduce(&high, &s.max, 1, MPI_INT64_T, MPI_MAX, comm);
  Index total = 0;
  MPI_Allreduce(&sum, &total, 1, MPI_INT64_T, MPI_SUM, comm);
  MPI_Allreduce(MPI_IN_PLACE, histogram.data(), kBins, MPI_INT64_T, MPI_SUM, comm);
  while (histogram.size() > 1 && histogram.back() == 0) histogram.pop_back();
  s.histogram = std::move(histogram);
  s.mean = n > 0 ? static_cast<double>(total) / static_cast<double>(n) : 0.0;
  if (n == 0) s.min = 0;
  return s;
}

}  // namespace

DistDegreesResult dist_degrees(const DistGraph& g) {
  const MPI_Comm comm = g.grid->GetWorld();
  DistDegreesResult r;
  r.out_degree = local_part(g.in_arcs->Reduce(combblas::Column, std::plus<double>(), 0.0));
  r.in_degree = local_part(g.in_arcs->Reduce(combblas::Row, std::plus<double>(), 0.0));
  r.out = summarize(r.out_degree, g.num_nodes, comm);
  r.in = summarize(r.in_degree, g.num_nodes, comm);
  return r;
}

}  // namespace innonet::dist
