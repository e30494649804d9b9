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

// One pass over all levels; the first level starts from `membership` (renumbered), later ones
// from singletons. Returns the number of levels.
// `levels`: the aggregated graphs, kept from one pass to the next (their arrays are reused).
int louvain_pass(const detail::WorkGraph& base, std::vector<Vertex>& membership,
                 const detail::NullModel& null, std::uint64_t seed, detail::LevelGraphs& levels) {
  std::vector<Vertex> node_of(base.num_nodes);  // input vertex -> node of the current graph
  std::iota(node_of.begin(), node_of.end(), 0);
  std::vector<Vertex> p = membership;
  const detail::WorkGraph* g = &base;
  for (int level = 0;; ++level) {
    check_stop_request();
    detail::Rng rng(seed, static_cast<std::uint64_t>(level));
    detail::move_nodes(*g, p, null, detail::MoveOrder::sweep, rng);
    const Vertex k = renumber_communities(p);
#pragma omp parallel for schedule(static)
    for (Vertex v = 0; v < base.num_nodes; ++v) node_of[v] = p[node_of[v]];
    if (k == g->num_nodes) {
      membership = std::move(node_of);
      return level + 1;
    }
    g = &levels.aggregate_into_current(*g, p, k);
    p.resize(k);
    std::iota(p.begin(), p.end(), 0);
  }
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
