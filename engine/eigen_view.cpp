#include "engine/eigen_view.hpp"

#include <span>

namespace innonet {
namespace {

// The unit weights an unweighted graph lacks (empty for a weighted one or one without arcs).
std::vector<double> unit_weights_for(const CsrGraph& graph) {
  if (graph.is_weighted()) return {};
  return std::vector<double>(static_cast<std::size_t>(graph.num_arcs()), 1.0);
}

SparseMatrixMap map_rows(const CsrGraph& graph, Adjacency adjacency,
                         const std::vector<double>& unit_weights) {
  const bool out = adjacency == Adjacency::out;
  const std::span<const ArcIndex> offsets = out ? graph.out_offsets() : graph.in_offsets();
  const std::span<const Vertex> columns = out ? graph.out_targets() : graph.in_sources();
  const std::span<const double> weights =
      graph.is_weighted() ? (out ? graph.out_weight_array() : graph.in_weight_array())
                          : std::span<const double>(unit_weights);
  const Eigen::Index n = graph.num_nodes();
  return SparseMatrixMap(n, n, static_cast<Eigen::Index>(columns.size()), offsets.data(),
                         columns.data(), weights.data());
}

}  // namespace

EigenView::EigenView(const CsrGraph& graph, Adjacency adjacency)
    : adjacency_(adjacency),
      unit_weights_(unit_weights_for(graph)),
      matrix_(map_rows(graph, adjacency, unit_weights_)) {}

}  // namespace innonet
