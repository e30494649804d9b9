#include "algorithms/community/leiden.hpp"

#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

#include "algorithms/community/descend.hpp"
#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/passes.hpp"
#include "algorithms/community/refine.hpp"
#include "algorithms/community/rng.hpp"
#include "algorithms/community/split_disconnected.hpp"
#include "algorithms/community/work_graph.hpp"

namespace innonet::community {
namespace {

using detail::WorkGraph;

// The random stream of the local moving that ends a pass (levels use streams 0, 1, 2...).
inline constexpr std::uint64_t kInputMoveStream = ~std::uint64_t{0};

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

// One pass over all levels, starting from `membership` (renumbered), then back down, every
// aggregated level's nodes (refined groups) moving again between communities (descend.hpp).
// Returns the levels used. `levels`: kept from one pass to the next (their arrays are reused).
int leiden_pass(const WorkGraph& base, std::vector<Vertex>& membership,
                const detail::NullModel& null, const LeidenOptions& options, std::uint64_t seed,
                detail::LevelGraphs& levels) {
  std::vector<std::vector<Vertex>> up;  // up[l][v]: the level-(l + 1) node of level l's node v
  std::vector<Vertex> p = membership;
  for (std::size_t level = 0;; ++level) {
    const WorkGraph& g = levels.at(level, base);
    detail::Rng rng(seed, 2 * level);
    detail::move_nodes(g, p, null, detail::MoveOrder::queue, rng);
    const Vertex k = renumber_communities(p);
    if (k == g.num_nodes) break;
    Vertex r = 0;
    const detail::RefineOptions refine{.randomness = options.randomness,
                                       .seed = detail::Rng(seed, 2 * level + 1).next()};
    std::vector<Vertex> refined = detail::refine_partition(g, p, k, null, refine, &r);
    // Refinement that merged nothing would aggregate nothing: use the moved partition (igraph).
    if (r == g.num_nodes) {
      refined = p;
      r = k;
    }
    std::vector<Vertex> next_p(r);
    for (Vertex v = 0; v < g.num_nodes; ++v) next_p[refined[v]] = p[v];
    levels.aggregate_level(level, base, refined, r);
    up.push_back(std::move(refined));
    p = std::move(next_p);
  }
  membership =
      detail::descend(levels, base, up, std::move(p), null, detail::MoveOrder::queue, seed);
  renumber_communities(membership);
  return static_cast<int>(up.size()) + 1;
}

// The last step of the way down: after a pass the input vertices are no longer where they fit
// best (the coarser levels moved whole refined groups, and a vertex of a group may now gain by
// leaving it). One round of local moving on the input graph, from the pass's result, takes those
// gains; splitting the communities the moves of the pass may have cut keeps every community
// connected. On R-MAT 22 (2 threads, before the aggregated levels moved on the way down too) this
// raised modularity from 0.0690 to 0.0738 in 5 s after the first pass, and by 0.00025 after the
// second (0.0740 -> 0.0742 and 0.0747 -> 0.0750 for two seeds); a third pass costs 23 s for
// 0.0003.
void move_input_vertices(const WorkGraph& base, std::vector<Vertex>& membership,
                         const detail::NullModel& null, std::uint64_t seed) {
  detail::Rng rng(seed, kInputMoveStream);
  detail::move_nodes(base, membership, null, detail::MoveOrder::queue, rng);
  detail::split_disconnected(base, membership);
}

}  // namespace

CommunityResult leiden(const CsrGraph& g, const LeidenOptions& options) {
  check_options(g, options);
  WorkGraph base = detail::make_work_graph(g);
  // An initial membership may hold an isolated vertex in a community: then it stays, as given.
  const std::vector<Vertex> kept =
      options.initial_membership.empty() ? detail::drop_isolated(base) : std::vector<Vertex>{};
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
                              return detail::run_on_kept(kept, membership, [&](auto& m) {
                                const int used = leiden_pass(base, m, null, options, seed, levels);
                                move_input_vertices(base, m, null, seed);
                                return used;
                              });
                            });
}

}  // namespace innonet::community
