#pragma once
// The pass loop Louvain and Leiden share. A pass runs the method over all aggregation levels from
// the current membership; passes repeat `iterations` times (negative: until a pass changes
// nothing), pass p drawing its seed from Rng(seed, p). Modularity of a graph without weight is
// undefined: then no pass runs. The result's communities are renumbered and its quality computed
// on the input graph.
#include <cstdint>
#include <utility>
#include <vector>

#include "algorithms/community/modularity.hpp"
#include "algorithms/community/partition.hpp"
#include "algorithms/community/rng.hpp"
#include "algorithms/community/work_graph.hpp"
#include "engine/stop_request.hpp"

namespace innonet::community::detail {

// pass(membership, pass_seed) improves `membership` in place and returns the levels it used.
template <class Pass>
CommunityResult run_passes(const CsrGraph& g, const WorkGraph& base, const NullModel& null,
                           int iterations, std::uint64_t seed, std::vector<Vertex> membership,
                           Pass&& pass) {
  CommunityResult result;
  result.membership = std::move(membership);
  const bool modularity_undefined =
      null.function == QualityFunction::modularity && base.total_weight <= 0.0;
  for (int p = 0; !modularity_undefined && (iterations < 0 || p < iterations); ++p) {
    check_stop_request();
    const std::vector<Vertex> before = result.membership;
    result.levels = pass(result.membership, Rng(seed, static_cast<std::uint64_t>(p)).next());
    result.iterations = p + 1;
    if (result.membership == before) break;
  }
  result.num_communities = renumber_communities(result.membership);
  result.quality = partition_quality_value(g, result.membership, null.function, null.resolution);
  return result;
}

}  // namespace innonet::community::detail
