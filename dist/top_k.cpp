#include "dist/top_k.hpp"

#include <algorithm>

namespace innonet::dist {
namespace {

bool before(const Ranked& x, const Ranked& y) {
  return x.value != y.value ? x.value > y.value : x.vertex < y.vertex;
}

}  // namespace

std::vector<Ranked> top_k(const LocalPart<double>& part, int k, MPI_Comm comm) {
  int rank = 0, processes = 1;
  MPI_Comm_rank(comm, &rank);
  MPI_Comm_size(comm, &processes);
  std::vector<Ranked> mine(part.values.size());
  for (std::size_t i = 0; i < mine.size(); ++i)
    mine[i] = {part.first + static_cast<Index>(i), part.values[i]};
  const auto keep = std::min<std::size_t>(mine.size(), static_cast<std::size_t>(k));
  std::partial_sort(mine.begin(), mine.begin() + static_cast<std::ptrdiff_t>(keep), mine.end(),
                    before);
  mine.resize(keep);
  // Ranked is two 8-byte fields: sent as bytes.
  const int bytes = static_cast<int>(keep * sizeof(Ranked));
  std::vector<int> counts(static_cast<std::size_t>(processes)), displs(counts.size(), 0);
  MPI_Gather(&bytes, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, comm);
  std::vector<Ranked> all;
  if (rank == 0) {
    for (int p = 1; p < processes; ++p) displs[p] = displs[p - 1] + counts[p - 1];
    all.resize(static_cast<std::size_t>(displs.back() + counts.back()) / sizeof(Ranked));
  }
  MPI_Gatherv(mine.data(), bytes, MPI_BYTE, all.data(), counts.data(), displs.data(), MPI_BYTE, 0,
              comm);
  if (rank != 0) return {};
  const auto shown = std::min<std::size_t>(all.size(), static_cast<std::size_t>(k));
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(shown), all.end(),
                    before);
  all.resize(shown);
  return all;
}

}  // namespace innonet::dist
