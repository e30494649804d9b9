#include "algorithms/community/louvain.hpp"

#include <numeric>
#include <stdexcept>
#include <vector>

#include "algorithms/community/descend.hpp"
#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/passes.hpp"
#include "algorithms/community/rng.hpp"
#include "algorithms/community/work_graph.hpp"
#include "engine/stop_request.hpp"

namespace innonet::community {
namespace {

// One pass: moving and aggregation up to the level that merges nothing, the first level starting
// from `membership` (renumbered), later ones from singletons; then back down, every aggregated
// level's nodes moving again (descend.hpp). On LFR 1M the way down moved about 3,400 of 20,500
// level-1 nodes, raising modularity from 0.703374 to 0.703485 (seed 0). Returns the number of
// levels. `levels`: kept from one pass to the next (their arrays are reused).
int louvain_pass(const detail::WorkGraph& base, std::vector<Vertex>& membership,
                 const detail::NullModel& null, std::uint64_t seed, detail::LevelGraphs& levels) {
  std::vector<std::vector<Vertex>> up;  // up[l][v]: the level-(l + 1) node of level l's node v
  std::vector<Vertex> p = membership;
  for (std::size_t level = 0;; ++level) {
    check_stop_request();
    const detail::WorkGraph& g = levels.at(level, base);
    detail::Rng rng(seed, level);
    detail::move_nodes(g, p, null, detail::MoveOrder::sweep, rng);
    const Vertex k = renumber_communities(p);
    if (k == g.num_nodes) break;
    levels.aggregate_level(level, base, p, k);
    up.push_back(std::move(p));
    p.resize(k);
    std::iota(p.begin(), p.end(), 0);
  }
  membership =
      detail::descend(levels, base, up, std::move(p), null, detail::MoveOrder::sweep, seed);
  renumber_communities(membership);  // canonical labels: run_passes stops when a pass changes none
  return static_cast<int>(up.size()) + 1;
}

}  // namespace

CommunityResult louvain(const CsrGraph& g, const LouvainOptions& options) {
  check_resolution(options.resolution);
  if (options.iterations == 0)
    throw std::invalid_argument("iterations: must be positive, or negative for 'until stable'");
  detail::WorkGraph base = detail::make_work_graph(g);
  const std::vector<Vertex> kept = detail::drop_isolated(base);
  const detail::NullModel null{options.quality, options.resolution, base.total_weight};
  std::vector<Vertex> singletons(g.num_nodes());
  std::iota(singletons.begin(), singletons.end(), 0);
  detail::LevelGraphs levels;
  return detail::run_passes(g, base, null, options.iterations, options.seed, std::move(singletons),
                            [&](std::vector<Vertex>& membership, std::uint64_t seed) {
                              return detail::run_on_kept(kept, membership, [&](auto& m) {
                                return louvain_pass(base, m, null, seed, levels);
                              });
                            });
}

}  // namespace innonet::community
