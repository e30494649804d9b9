#include "algorithms/community/louvain.hpp"

#include <numeric>
#include <stdexcept>
#include <vector>

#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/passes.hpp"
#include "algorithms/community/rng.hpp"
#include "algorithms/community/work_graph.hpp"
#include "engine/stop_request.hpp"

namespace innonet::community {
namespace {

// The random streams of the refinement on the way down (levels going up use streams 0, 1, 2...).
inline constexpr std::uint64_t kRefineStreams = std::uint64_t{1} << 32;

// One pass: moving and aggregation up to the level that merges nothing, the first level starting
// from `membership` (renumbered), later ones from singletons; then back down, each aggregated
// level's nodes starting in the community their aggregate ended in and moving again (multilevel
// refinement, Rotta & Noack 2011): once coarse levels have moved whole groups, a node of a finer
// level can gain by leaving its group. The input level is left to the next pass, whose first
// step is exactly that (on LFR 1M it moved nothing, at the cost of a full sweep). On LFR 1M the
// refinement moved about 3,400 of 20,500 level-1 nodes, raising modularity from 0.703374 to
// 0.703482 (seed 0). Returns the number of levels.
// `levels[l]`: the graph of level l + 1, kept from one pass to the next so that its arrays are
// reused (see LevelGraphs).
int louvain_pass(const detail::WorkGraph& base, std::vector<Vertex>& membership,
                 const detail::NullModel& null, std::uint64_t seed,
                 std::vector<detail::WorkGraph>& levels) {
  std::vector<std::vector<Vertex>> up;  // up[l][v]: the level-(l + 1) node of level l's node v
  std::vector<Vertex> p = membership;
  const detail::WorkGraph* g = &base;
  std::size_t level = 0;
  for (;; ++level) {
    check_stop_request();
    detail::Rng rng(seed, level);
    detail::move_nodes(*g, p, null, detail::MoveOrder::sweep, rng);
    const Vertex k = renumber_communities(p);
    if (k == g->num_nodes) break;
    if (levels.size() == level) {
      levels.emplace_back();  // may move the graphs: g is taken again below
      g = level == 0 ? &base : &levels[level - 1];
    }
    levels[level] = detail::aggregate(*g, p, k, std::move(levels[level]));
    g = &levels[level];
    up.push_back(std::move(p));
    p.resize(k);
    std::iota(p.begin(), p.end(), 0);
  }
  // p: the communities of the top level's nodes.
  for (std::size_t l = level; l-- > 0;) {
    check_stop_request();
    const std::vector<Vertex>& to_coarse = up[l];
    std::vector<Vertex> finer(to_coarse.size());
#pragma omp parallel for schedule(static)
    for (std::size_t v = 0; v < finer.size(); ++v) finer[v] = p[to_coarse[v]];
    if (l > 0) {
      detail::Rng rng(seed, kRefineStreams + l);
      detail::move_nodes(levels[l - 1], finer, null, detail::MoveOrder::sweep, rng);
    }
    p = std::move(finer);
  }
  membership = std::move(p);
  return static_cast<int>(level) + 1;
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
  std::vector<detail::WorkGraph> levels;
  return detail::run_passes(g, base, null, options.iterations, options.seed, std::move(singletons),
                            [&](std::vector<Vertex>& membership, std::uint64_t seed) {
                              return detail::run_on_kept(kept, membership, [&](auto& m) {
                                return louvain_pass(base, m, null, seed, levels);
                              });
                            });
}

}  // namespace innonet::community
