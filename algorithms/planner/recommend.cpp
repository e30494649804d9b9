#include "algorithms/planner/recommend.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "algorithms/planner/place_efficiency.hpp"
#include "engine/error.hpp"

namespace innonet::planner {
namespace {

struct Candidate {
  std::int32_t i = 0, j = 0;
  double pre_score = 0.0;  // gravity + structure, for the shortlist
  Recommendation rec;
};

// Place pairs that already have a tie of `kind` (either direction), as a P x P mask.
std::vector<std::uint8_t> tied_by_kind(const PropertyGraph& graph, const PlaceNetwork& net,
                                       KindId kind, const Selection& selection) {
  const auto p = net.size();
  std::vector<std::uint8_t> tied(static_cast<std::size_t>(p * p), 0);
  const EdgeFilter edge_filter(graph, selection);
  for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edges()[e];
    if (edge.kind != kind || !edge_filter.keeps(static_cast<EdgeRef>(e))) continue;
    const auto a = net.place_of_node[index(edge.source)], b = net.place_of_node[index(edge.target)];
    if (a >= 0 && b >= 0) tied[a * p + b] = tied[b * p + a] = 1;
  }
  return tied;
}

void link_prediction(const PlaceAdjacency& adj, Candidate& c, const PlaceNetwork& net) {
  const auto& ni = adj.neighbours[c.i];
  const auto& nj = adj.neighbours[c.j];
  std::vector<std::int32_t> common;
  std::set_intersection(ni.begin(), ni.end(), nj.begin(), nj.end(), std::back_inserter(common));
  for (auto z : common) {
    const double degree = static_cast<double>(adj.neighbours[z].size());
    c.rec.common_neighbours.push_back(net.masses.places[z]);
    c.rec.resource_allocation += 1.0 / degree;
    if (degree > 1) c.rec.adamic_adar += 1.0 / std::log(degree);
  }
}

void check(const RecommendOptions& o) {
  if (o.gravity_weight < 0 || o.structure_weight < 0 || o.gain_weight < 0)
    throw std::invalid_argument("recommend weights must be non-negative");
  if (o.top < 1) throw std::invalid_argument("top must be at least 1");
}

}  // namespace

RecommendResult recommend(const PropertyGraph& graph, const RecommendOptions& options) {
  check(options);
  const auto kind = graph.find_kind(options.kind);
  if (!kind) throw UsageError("unknown edge kind '" + options.kind + "' to recommend");
  if (!graph.find_type(options.level))
    throw UsageError("unknown level '" + options.level + "' (not a node type of this graph)");
  const PlaceNetwork net = place_network(graph, {.place_type = options.level,
                                                 .selection = options.selection,
                                                 .declaration_kinds = options.declaration_kinds,
                                                 .masses = options.masses});
  RecommendResult result{.mass_basis = net.masses.basis, .notes = net.notes};
  for (const auto& note : net.masses.notes) result.notes.push_back(note);
  const PlaceAdjacency adj = place_adjacency(net);
  const PlaceDistances dist = place_distances(adj);
  result.efficiency = global_efficiency(dist);
  const auto tied = tied_by_kind(graph, net, *kind, options.selection);

  std::vector<Candidate> candidates;
  double best_share = 0, best_ra = 0;
  for (std::int32_t i = 0; i < net.size(); ++i)
    for (std::int32_t j = i + 1; j < net.size(); ++j) {
      if (tied[i * net.size() + j]) continue;
      Candidate c{.i = i, .j = j};
      c.rec.a = net.masses.places[i];
      c.rec.b = net.masses.places[j];
      c.rec.expected_share =
          net.expected_total > 0 ? net.expected.value(i, j) / net.expected_total : 0.0;
      c.rec.existing_ties = net.tie_count(i, j);
      link_prediction(adj, c, net);
      best_share = std::max(best_share, c.rec.expected_share);
      best_ra = std::max(best_ra, c.rec.resource_allocation);
      candidates.push_back(std::move(c));
    }
  result.candidates = static_cast<std::int64_t>(candidates.size());
  for (auto& c : candidates) {
    c.rec.gravity_score = best_share > 0 ? c.rec.expected_share / best_share : 0.0;
    c.rec.structure_score = best_ra > 0 ? c.rec.resource_allocation / best_ra : 0.0;
    c.pre_score = options.gravity_weight * c.rec.gravity_score +
                  options.structure_weight * c.rec.structure_score;
  }
  const auto by = [](auto key) {
    return [key](const Candidate& x, const Candidate& y) {
      if (key(x) != key(y)) return key(x) > key(y);
      return std::tie(x.i, x.j) < std::tie(y.i, y.j);
    };
  };
  std::stable_sort(candidates.begin(), candidates.end(),
                   by([](const Candidate& c) { return c.pre_score; }));
  const std::size_t shortlist = static_cast<std::size_t>(
      options.shortlist > 0 ? options.shortlist : std::max(5 * options.top, 50));
  if (candidates.size() > shortlist) candidates.resize(shortlist);
  result.evaluated = static_cast<std::int64_t>(candidates.size());

  double best_gain = 0;
  for (auto& c : candidates) {
    const auto effect = effect_of_new_tie(dist, c.i, c.j);
    c.rec.efficiency_gain = effect.efficiency_gain;
    c.rec.places_reconnected = effect.places_reconnected;
    best_gain = std::max(best_gain, c.rec.efficiency_gain);
  }
  for (auto& c : candidates) {
    c.rec.gain_score = best_gain > 0 ? c.rec.efficiency_gain / best_gain : 0.0;
    c.rec.score = c.pre_score + options.gain_weight * c.rec.gain_score;
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   by([](const Candidate& c) { return c.rec.score; }));
  for (auto& c : candidates) {
    if (static_cast<int>(result.recommendations.size()) == options.top) break;
    c.rec.mass_a = net.masses.mass[c.i];
    c.rec.mass_b = net.masses.mass[c.j];
    c.rec.distance_km = net.expected.distance(c.i, c.j);
    result.recommendations.push_back(std::move(c.rec));
  }
  return result;
}

}  // namespace innonet::planner
