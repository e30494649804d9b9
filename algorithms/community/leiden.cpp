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

// After a pass the input vertices are no longer where they fit best: the coarse levels moved
// whole refined groups, and a vertex of a group may now gain by leaving it. One round of local
// moving on the input graph, from the pass's result, takes those gains; splitting the
// communities it may have cut keeps every community connected. On R-MAT 22 (2 threads) this
// raised modularity from 0.0690 to 0.0738 in 5 s after the first pass, and by 0.00025 after
// the second (0.0740 -> 0.0742 and 0.0747 -> 0.0750 for two seeds); a third pass costs 23 s
// for 0.0003.
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
