#include "algorithms/community/descend.hpp"

#include <utility>

#include "algorithms/community/rng.hpp"
#include "engine/stop_request.hpp"

namespace innonet::community::detail {

std::vector<Vertex> descend(const LevelGraphs& levels, const WorkGraph& base,
                            const std::vector<std::vector<Vertex>>& up, std::vector<Vertex> top,
                            const NullModel& null, MoveOrder order, std::uint64_t seed) {
  std::vector<Vertex> coarse = std::move(top);
  for (std::size_t l = up.size(); l-- > 0;) {
    check_stop_request();
    const std::vector<Vertex>& to_coarse = up[l];
    std::vector<Vertex> finer(to_coarse.size());
#pragma omp parallel for schedule(static)
    for (std::size_t v = 0; v < finer.size(); ++v) finer[v] = coarse[to_coarse[v]];
    if (l > 0) {
      Rng rng(seed, kDescendStreams + l);
      move_nodes(levels.at(l, base), finer, null, order, rng);
    }
    coarse = std::move(finer);
  }
  return coarse;
}

}  // namespace innonet::community::detail
