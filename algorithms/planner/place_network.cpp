#include "algorithms/planner/place_network.hpp"

#include <algorithm>

#include "algorithms/planner/corridor.hpp"

namespace innonet::planner {

std::int32_t PlaceNetwork::index_of(NodeRef place) const {
  const auto it = std::find(masses.places.begin(), masses.places.end(), place);
  return it == masses.places.end() ? -1 : static_cast<std::int32_t>(it - masses.places.begin());
}

PlaceNetwork place_network(const PropertyGraph& graph, const PlaceNetworkOptions& options) {
  PlaceNetwork net;
  std::vector<NodeRef> places;
  std::vector<GeoPoint> where;
  std::string without;
  const auto type = graph.find_type(options.place_type);
  std::vector<bool> removed(static_cast<std::size_t>(graph.num_nodes()), false);
  for (const NodeRef r : options.selection.removed_nodes)
    if (index(r) >= 0 && index(r) < graph.num_nodes()) removed[index(r)] = true;
  for (std::int32_t v = 0; type && v < graph.num_nodes(); ++v) {
    const Node& node = graph.nodes()[v];
    if (node.type != *type || removed[static_cast<std::size_t>(v)]) continue;
    if (node.coordinates) {
      places.push_back(static_cast<NodeRef>(v));
      where.push_back(*node.coordinates);
    } else {
      without += (without.empty() ? "" : ", ") + node.id;
    }
  }
  if (!without.empty()) net.notes.push_back("left out for lack of coordinates: " + without);
  net.masses = place_masses(graph, places, options.masses);
  net.expected = classic_gravity(net.masses.mass, where, options.gravity);
  net.place_of_node = member_of_nodes(graph, places);

  const auto p = net.size();
  net.ties.assign(static_cast<std::size_t>(p * p), 0);
  const EdgeFilter edge_filter(graph, options.selection);
  for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
    const auto ref = static_cast<EdgeRef>(e);
    const Edge& edge = graph.edge(ref);
    const auto a = net.place_of_node[index(edge.source)], b = net.place_of_node[index(edge.target)];
    if (a < 0 || b < 0 || a == b || !edge_filter.keeps(ref)) continue;
    const auto& kind = graph.kind_name(edge.kind);
    if (std::find(options.declaration_kinds.begin(), options.declaration_kinds.end(), kind) !=
        options.declaration_kinds.end())
      continue;
    ++net.ties[a * p + b];
    ++net.ties[b * p + a];
    ++net.ties_total;
  }
  for (std::int64_t i = 0; i < p; ++i)
    for (std::int64_t j = i + 1; j < p; ++j) net.expected_total += net.expected.value(i, j);
  return net;
}

GravityFit gravity_fit(const PlaceNetwork& network, const std::vector<NodeRef>& members) {
  GravityFit fit;
  std::vector<std::int32_t> at;
  for (auto m : members) {
    const auto i = network.index_of(m);
    if (i < 0) {
      fit.explanation = "a member is not a place with coordinates";
      return fit;
    }
    at.push_back(i);
  }
  if (network.expected_total <= 0.0 || network.ties_total == 0) {
    fit.explanation = network.ties_total == 0 ? "no ties between places at all"
                                              : "gravity expects no interaction";
    return fit;
  }
  double expected = 0.0;
  std::int64_t observed = 0;
  for (std::size_t a = 0; a < at.size(); ++a)
    for (std::size_t b = a + 1; b < at.size(); ++b) {
      expected += network.expected.value(at[a], at[b]);
      observed += network.tie_count(at[a], at[b]);
    }
  fit.available = true;
  fit.expected_share = expected / network.expected_total;
  fit.observed_share = static_cast<double>(observed) / static_cast<double>(network.ties_total);
  fit.observed_to_expected = fit.expected_share > 0 ? fit.observed_share / fit.expected_share : 0;
  fit.explanation = "masses: " + network.masses.basis;
  return fit;
}

}  // namespace innonet::planner
