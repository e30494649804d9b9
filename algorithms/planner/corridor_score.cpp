#include "algorithms/planner/corridor_score.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

#include "algorithms/planner/corridor_capacity.hpp"

namespace innonet::planner {
namespace {

double ratio(double value, double largest) { return largest > 0 ? value / largest : 0.0; }

int tie_kinds_in_graph(const PropertyGraph& graph, const CorridorOptions& options) {
  std::set<KindId> used;
  for (const auto& edge : graph.edges()) used.insert(edge.kind);
  int kinds = 0;
  for (auto kind : used) {
    const auto& name = graph.kind_name(kind);
    kinds += std::find(options.declaration_kinds.begin(), options.declaration_kinds.end(), name) ==
             options.declaration_kinds.end();
  }
  return kinds;
}

void composite(CorridorScore& s, const ScoreProfile& w) {
  double sum = w.ties * s.ties_score + w.multiplexity * s.multiplexity_score +
               w.capacity * s.capacity_score + w.robustness * s.robustness_score;
  double weight = w.ties + w.multiplexity + w.capacity + w.robustness;
  if (s.gravity.available) {
    sum += w.gravity_fit * s.gravity_score;
    weight += w.gravity_fit;
  }
  s.composite = weight > 0 ? sum / weight : 0.0;
}

}  // namespace

ScoreProfile profile_from_json(const nlohmann::json& profile) {
  ScoreProfile out;
  if (!profile.is_object() || !profile.contains("weights") || !profile["weights"].is_object())
    throw std::invalid_argument("profile: expected an object with a \"weights\" object");
  for (const auto& [key, value] : profile["weights"].items()) {
    double* slot = key == "ties"           ? &out.ties
                   : key == "multiplexity" ? &out.multiplexity
                   : key == "capacity"     ? &out.capacity
                   : key == "robustness"   ? &out.robustness
                   : key == "gravity_fit"  ? &out.gravity_fit
                                           : nullptr;
    if (!slot)
      throw std::invalid_argument("profile: unknown weight '" + key +
                                  "' (known: ties, multiplexity, capacity, robustness, "
                                  "gravity_fit)");
    if (!value.is_number() || value.get<double>() < 0 || !std::isfinite(value.get<double>()))
      throw std::invalid_argument("profile: weight '" + key + "' must be a number >= 0");
    *slot = value.get<double>();
  }
  if (out.ties + out.multiplexity + out.capacity + out.robustness + out.gravity_fit <= 0)
    throw std::invalid_argument("profile: at least one weight must be positive");
  return out;
}

nlohmann::json profile_to_json(const ScoreProfile& p) {
  return {{"weights",
           {{"ties", p.ties},
            {"multiplexity", p.multiplexity},
            {"capacity", p.capacity},
            {"robustness", p.robustness},
            {"gravity_fit", p.gravity_fit}}}};
}

PlaceNetwork scoring_place_network(const PropertyGraph& graph,
                                   const CorridorScoringOptions& options) {
  PlaceNetworkOptions place_options = options.places;
  place_options.selection = options.corridor.selection;
  place_options.declaration_kinds = options.corridor.declaration_kinds;
  return place_network(graph, place_options);
}

std::vector<CorridorScore> score_corridors(const PropertyGraph& graph,
                                           const std::vector<Corridor>& corridors,
                                           const CorridorScoringOptions& options) {
  return score_corridors(graph, scoring_place_network(graph, options), corridors, options);
}

std::vector<CorridorScore> score_corridors(const PropertyGraph& graph, const PlaceNetwork& places,
                                           const std::vector<Corridor>& corridors,
                                           const CorridorScoringOptions& options) {
  const CsrGraph network = capacity_network(graph, options.corridor);
  std::vector<CorridorScore> scores;
  for (const auto& corridor : corridors) {
    CorridorScore s{.breakdown = analyse_corridor(graph, network, corridor, options.corridor)};
    s.gravity = gravity_fit(places, s.breakdown.members_used);
    scores.push_back(std::move(s));
  }
  double most_ties = 0, most_capacity = 0, most_paths = 0;
  for (const auto& s : scores) {
    most_ties = std::max(most_ties, static_cast<double>(s.breakdown.ties));
    most_capacity = std::max(most_capacity, s.breakdown.capacity);
    most_paths = std::max(most_paths, static_cast<double>(s.breakdown.disjoint_paths));
  }
  const int kinds = tie_kinds_in_graph(graph, options.corridor);
  for (auto& s : scores) {
    s.ties_score = ratio(static_cast<double>(s.breakdown.ties), most_ties);
    s.multiplexity_score = ratio(s.breakdown.multiplexity, kinds);
    s.capacity_score = ratio(s.breakdown.capacity, most_capacity);
    s.robustness_score = ratio(static_cast<double>(s.breakdown.disjoint_paths), most_paths);
    if (s.gravity.available) s.gravity_score = std::min(1.0, s.gravity.observed_to_expected);
    composite(s, options.profile);
  }
  std::stable_sort(scores.begin(), scores.end(), [](const auto& a, const auto& b) {
    if (a.composite != b.composite) return a.composite > b.composite;
    return a.breakdown.corridor.id < b.breakdown.corridor.id;
  });
  for (std::size_t i = 0; i < scores.size(); ++i) scores[i].rank = static_cast<int>(i) + 1;
  return scores;
}

}  // namespace innonet::planner
