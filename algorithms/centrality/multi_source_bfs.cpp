#include "algorithms/centrality/multi_source_bfs.hpp"

#include <array>
#include <bit>
#include <stdexcept>

namespace innonet::centrality {

MultiSourceBfs::MultiSourceBfs(Vertex n) : seen_(n, 0), frontier_(n, 0), next_(n, 0) {
  active_.reserve(n);
  touched_.reserve(n);
}

void MultiSourceBfs::run(const CsrGraph& g, std::span<const Vertex> sources, Traverse traverse,
                         std::span<DistanceSums> sums) {
  const int batch = static_cast<int>(sources.size());
  if (batch > kBfsBatch || sums.size() != sources.size()) {
    throw std::invalid_argument("MultiSourceBfs::run: at most 64 sources, one sum per source");
  }
  const auto offsets = traverse == Traverse::in_arcs ? g.in_offsets() : g.out_offsets();
  const auto ends = traverse == Traverse::in_arcs ? g.in_sources() : g.out_targets();

  active_.clear();
  for (int i = 0; i < batch; ++i) {
    const Vertex s = sources[i];
    if (seen_[s] == 0) active_.push_back(s);
    seen_[s] |= std::uint64_t{1} << i;
    frontier_[s] = seen_[s];
    sums[i] = DistanceSums{1, 0, 0.0};
  }
  std::array<std::int64_t, kBfsBatch> newly{};
  for (std::uint64_t level = 1; !active_.empty(); ++level) {
    // Push each active vertex's mask to its neighbours, keeping only sources new to them.
    touched_.clear();
    for (const Vertex x : active_) {
      const std::uint64_t mask = frontier_[x];
      for (ArcIndex e = offsets[x]; e < offsets[x + 1]; ++e) {
        const Vertex y = ends[e];
        const std::uint64_t fresh = mask & ~seen_[y];
        if (fresh == 0) continue;
        if (next_[y] == 0) touched_.push_back(y);
        next_[y] |= fresh;
      }
      frontier_[x] = 0;
    }
    // Settle the level: the new masks become the frontier; count each source's new vertices.
    newly.fill(0);
    for (const Vertex y : touched_) {
      std::uint64_t fresh = next_[y];
      next_[y] = 0;
      seen_[y] |= fresh;
      frontier_[y] = fresh;
      for (; fresh != 0; fresh &= fresh - 1) ++newly[std::countr_zero(fresh)];
    }
    const double inverse = 1.0 / static_cast<double>(level);
    for (int i = 0; i < batch; ++i) {
      if (newly[i] == 0) continue;
      sums[i].reached += newly[i];
      sums[i].hop_sum += level * static_cast<std::uint64_t>(newly[i]);
      sums[i].inverse_hop_sum += static_cast<double>(newly[i]) * inverse;
    }
    active_.swap(touched_);
  }
  // Clear for the next batch: only reached vertices carry bits, and frontier/next are zero.
  for (Vertex v = 0; v < g.num_nodes(); ++v) seen_[v] = 0;
}

}  // namespace innonet::centrality
