#include "engine/level_projection.hpp"

#include <algorithm>
#include <vector>

#include "engine/csr_build.hpp"
#include "engine/rollup.hpp"

namespace innonet {

CsrGraph project_at_level(const PropertyGraph& graph, const Selection& selection,
                          std::string_view level_type) {
  LevelLift lift = lift_to_level(graph, selection, level_type);
  // Level node -> vertex: level_nodes is in node order, so a binary search finds it.
  const auto vertex = [&](NodeRef node) {
    return static_cast<Vertex>(
        std::lower_bound(lift.level_nodes.begin(), lift.level_nodes.end(), node) -
        lift.level_nodes.begin());
  };
  EdgeList list;
  list.num_nodes = static_cast<Vertex>(lift.level_nodes.size());
  const bool weighted = selection.weighting != Weighting::unit;
  const bool symmetric = selection.direction == ProjectedDirection::undirected;
  for (const LiftedEdge& e : lift.edges) {
    const Vertex u = vertex(e.source), v = vertex(e.target);
    // Undirected edges in a directed projection become two arcs (as in project()).
    const bool both_ways = !symmetric && e.direction == EdgeDirection::undirected && u != v;
    for (int copy = 0; copy < (both_ways ? 2 : 1); ++copy) {
      list.sources.push_back(copy ? v : u);
      list.targets.push_back(copy ? u : v);
      if (weighted) list.weights.push_back(e.weight);
    }
  }
  CsrGraph csr =
      build_csr(list, {.direction = symmetric ? Direction::undirected : Direction::directed,
                       .merge = selection.merge,
                       .self_loops = selection.self_loops});
  return std::move(csr).with_node_refs(std::move(lift.level_nodes));
}

}  // namespace innonet
