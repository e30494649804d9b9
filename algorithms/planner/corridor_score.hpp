#pragma once
// Ranking corridors by a composite score that stays explainable: each component is shown on a
// 0..1 scale, and the composite is their weighted mean with weights from a profile.
//
//   ties          ties / the most ties of any corridor ranked
//   multiplexity  distinct tie kinds / tie kinds present in the whole graph
//   capacity      weakest-pair max-flow / the largest such capacity among the corridors ranked
//   robustness    node-disjoint paths / the most of any corridor ranked
//   gravity_fit   min(1, observed share / gravity-expected share)
// A component that cannot be computed for a corridor (gravity for members without coordinates)
// is left out of that corridor's mean, and the row says so. Default weights: ties 0.25,
// multiplexity 0.15, capacity 0.20, robustness 0.15, gravity_fit 0.25. A profile is JSON:
//   {"weights": {"ties": 0.3, "gravity_fit": 0.1, ...}}   (unnamed weights keep their default)
#include <string>
#include <vector>

#include "algorithms/planner/corridor.hpp"
#include "algorithms/planner/place_network.hpp"

namespace innonet::planner {

struct ScoreProfile {
  double ties = 0.25;
  double multiplexity = 0.15;
  double capacity = 0.20;
  double robustness = 0.15;
  double gravity_fit = 0.25;
};

// Throws std::invalid_argument naming the key for an unknown key, a negative or non-number
// weight, or all-zero weights.
ScoreProfile profile_from_json(const nlohmann::json& profile);
nlohmann::json profile_to_json(const ScoreProfile& profile);

struct CorridorScore {
  CorridorBreakdown breakdown;
  GravityFit gravity;
  double ties_score = 0.0;
  double multiplexity_score = 0.0;
  double capacity_score = 0.0;
  double robustness_score = 0.0;
  double gravity_score = 0.0;  // meaningful only when gravity.available
  double composite = 0.0;
  int rank = 0;  // 1 = best; ties in composite broken by corridor id
};

struct CorridorScoringOptions {
  CorridorOptions corridor;
  PlaceNetworkOptions places;
  ScoreProfile profile;
};

// The place network the gravity component compares with: options.places, counting the ties
// options.corridor selects (its selection and declaration kinds).
PlaceNetwork scoring_place_network(const PropertyGraph& graph,
                                   const CorridorScoringOptions& options = {});

// Scores and ranks the corridors (best first).
std::vector<CorridorScore> score_corridors(const PropertyGraph& graph,
                                           const std::vector<Corridor>& corridors,
                                           const CorridorScoringOptions& options = {});

// The same, over a place network already built by scoring_place_network(graph, options), for
// callers that also report on that network (it is built once, not twice).
std::vector<CorridorScore> score_corridors(const PropertyGraph& graph, const PlaceNetwork& places,
                                           const std::vector<Corridor>& corridors,
                                           const CorridorScoringOptions& options = {});

}  // namespace innonet::planner
