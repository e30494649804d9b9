#include "algorithms/community/louvain.hpp"

#include <numeric>
#include <vector>

#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/modularity.hpp"
#include "algorithms/community/rng.hpp"
#include "algorithms/community/work_graph.hpp"

namespace innonet::community {

CommunityResult louvain(const CsrGraph& g, const LouvainOptions& options) {
  check_resolution(options.resolution);
  const detail::WorkGraph base = detail::make_work_graph(g);
  const detail::NullModel null{options.quality, options.resolution, base.total_weight};
  CommunityResult result;
  result.membership.resize(g.num_nodes());
  std::iota(result.membership.begin(), result.membership.end(), 0);  // vertex -> current node
  const bool modularity_undefined =
      options.quality == QualityFunction::modularity && base.total_weight <= 0.0;
  detail::WorkGraph current;
  const detail::WorkGraph* level_graph = &base;
  for (int level = 0; !modularity_undefined; ++level) {
    std::vector<Vertex> p(level_graph->num_nodes);
    std::iota(p.begin(), p.end(), 0);
    detail::Rng rng(options.seed, static_cast<std::uint64_t>(level));
    detail::move_nodes(*level_graph, p, null, detail::MoveOrder::sweep, rng);
    const Vertex k = renumber_communities(p);
    result.levels = level + 1;
#pragma omp parallel for schedule(static)
    for (Vertex v = 0; v < g.num_nodes(); ++v) result.membership[v] = p[result.membership[v]];
    if (k == level_graph->num_nodes) break;
    detail::WorkGraph next = detail::aggregate(*level_graph, p, k);
    current = std::move(next);
    level_graph = &current;
  }
  result.num_communities = renumber_communities(result.membership);
  result.quality =
      partition_quality_value(g, result.membership, options.quality, options.resolution);
  return result;
}

}  // namespace innonet::community
