#include "algorithms/community/leiden.hpp"

#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/passes.hpp"
#include "algorithms/community/refine.hpp"
#include "algorithms/community/rng.hpp"
#include "algorithms/community/work_graph.hpp"

namespace innonet::community {
namespace {

using detail::WorkGraph;

void check_options(const CsrGraph& g, const LeidenOptions& options) {
  check_resolution(options.resolution);
  if (!std::isfinite(options.randomness) || options.randomness <= 0.0)
    throw std::invalid_argument("randomness: must be finite and > 0, got " +
                                std::to_string(options.randomness));
  if (options.iterations == 0)
    throw std::invalid_argument("iterations: must be positive, or negative for 'until stable'");
  if (!options.initial_membership.empty() &&
      std::ssize(options.initial_membership) != g.num_nodes())
    throw std::invalid_argument("initial_membership: has " +
                                std::to_string(options.initial_membership.size()) +
                                " entries for " + std::to_string(g.num_nodes()) + " vertices");
}

// One pass over all levels, starting from `membership` (renumbered). Returns the levels used.
// `levels`: the aggregated graphs, kept from one pass to the next (their arrays are reused).
int leiden_pass(const WorkGraph& base, std::vector<Vertex>& membership,
                const detail::NullModel& null, const LeidenOptions& options, std::uint64_t seed,
                detail::LevelGraphs& levels) {
  std::vector<Vertex> node_of(base.num_nodes);  // input vertex -> node of the current graph
  std::iota(node_of.begin(), node_of.end(), 0);
  std::vector<Vertex> p = membership;
  const WorkGraph* g = &base;
  int level = 0;
  for (;; ++level) {
    detail::Rng rng(seed, 2 * static_cast<std::uint64_t>(level));
    detail::move_nodes(*g, p, null, detail::MoveOrder::queue, rng);
    const Vertex k = renumber_communities(p);
    if (k == g->num_nodes) break;
    Vertex r = 0;
    const detail::RefineOptions refine{.randomness = options.randomness,
                                       .seed = detail::Rng(seed, 2 * level + 1).next()};
    std::vector<Vertex> refined = detail::refine_partition(*g, p, k, null, refine, &r);
    // Refinement that merged nothing would aggregate nothing: use the moved partition (igraph).
    if (r == g->num_nodes) {
      refined = p;
      r = k;
    }
    std::vector<Vertex> next_p(r);
    for (Vertex v = 0; v < g->num_nodes; ++v) next_p[refined[v]] = p[v];
#pragma omp parallel for schedule(static)
    for (Vertex v = 0; v < base.num_nodes; ++v) node_of[v] = refined[node_of[v]];
    g = &levels.aggregate_into_current(*g, refined, r);
    p = std::move(next_p);
  }
  for (Vertex v = 0; v < base.num_nodes; ++v) membership[v] = p[node_of[v]];
  renumber_communities(membership);
  return level + 1;
}

}  // namespace

CommunityResult leiden(const CsrGraph& g, const LeidenOptions& options) {
  check_options(g, options);
  const WorkGraph base = detail::make_work_graph(g);
  std::vector<Vertex> start(g.num_nodes());
  if (options.initial_membership.empty())
    std::iota(start.begin(), start.end(), 0);
  else
    start.assign(options.initial_membership.begin(), options.initial_membership.end());
  renumber_communities(start);
  const detail::NullModel null{options.quality, options.resolution, base.total_weight};
  detail::LevelGraphs levels;
  return detail::run_passes(g, base, null, options.iterations, options.seed, std::move(start),
                            [&](std::vector<Vertex>& membership, std::uint64_t seed) {
                              return leiden_pass(base, membership, null, options, seed, levels);
                            });
}

}  // namespace innonet::community
