#pragma once
// Where the next flying enclave (partner park, joint lab, ...) should go.
//
// Candidates are the pairs of places (nodes of the level type, e.g. cities) that have no tie of
// the requested kind between their subtrees yet. Each is scored by a documented blend:
//   gravity    the pair's share of the gravity expectation among all places (place_network.hpp),
//              divided by the largest share of any candidate;
//   structure  resource-allocation index on the place-level network of existing ties (all
//              selected kinds, declarations left out): sum over common neighbours z of 1/deg(z)
//              (Zhou, Lü & Zhang 2009); divided by the largest among candidates. Common
//              neighbours and Adamic–Adar (sum of 1/ln deg(z)) are reported beside it;
//   gain       how much the tie would raise the global efficiency of the place-level network
//              (mean of 1/distance over ordered pairs, Latora & Marchiori 2001), divided by the
//              largest gain among candidates; a tie joining two components also reports how
//              many places it reconnects.
//   score      = w_gravity * gravity + w_structure * structure + w_gain * gain
//                (default weights 0.4, 0.3, 0.3).
// Gain needs all-pairs distances, so only a shortlist - the best `shortlist` candidates by
// gravity + structure (at least 5 x top) - is evaluated for it and ranked; the rest are counted
// in the result. Ties in the score are broken by node order, so results are deterministic.
// Cost: O(P (P + T)) for the distances on P places with T ties, plus O(P^2) per shortlisted pair.
#include <cstdint>
#include <string>
#include <vector>

#include "algorithms/planner/place_network.hpp"
#include "engine/projection.hpp"
#include "engine/property_graph.hpp"

namespace innonet::planner {

struct RecommendOptions {
  std::string kind = "flying_enclave";  // the tie to place; must be a kind the graph knows
  std::string level = "city";
  Selection selection;  // which existing ties count for structure and gravity fit
  MassOptions masses;
  std::vector<std::string> declaration_kinds = {"corridor_link"};
  double gravity_weight = 0.4;
  double structure_weight = 0.3;
  double gain_weight = 0.3;
  int top = 10;
  int shortlist = 0;  // 0: max(5 * top, 50)
};

struct Recommendation {
  NodeRef a{};
  NodeRef b{};
  double expected_share = 0.0;     // of the gravity expectation among all places
  std::int64_t existing_ties = 0;  // ties of any kind already between the two subtrees
  std::vector<NodeRef> common_neighbours;
  double adamic_adar = 0.0;
  double resource_allocation = 0.0;
  double efficiency_gain = 0.0;  // absolute change of global efficiency
  std::int64_t places_reconnected = 0;
  double gravity_score = 0.0;
  double structure_score = 0.0;
  double gain_score = 0.0;
  double score = 0.0;
  // For the explanation a front end writes (tools/commands/planner_common.hpp: reasons):
  double mass_a = 0.0, mass_b = 0.0;  // the gravity masses of a and b
  double distance_km = 0.0;           // great-circle distance between them
};

struct RecommendResult {
  std::vector<Recommendation> recommendations;  // best first, at most `top`
  std::int64_t candidates = 0;                  // pairs without a tie of the kind
  std::int64_t evaluated = 0;                   // shortlisted for the gain
  double efficiency = 0.0;                      // global efficiency before any new tie
  std::string mass_basis;
  std::vector<std::string> notes;
};

// Throws UsageError for an unknown kind or level type; std::invalid_argument for negative
// weights or top < 1.
RecommendResult recommend(const PropertyGraph& graph, const RecommendOptions& options = {});

}  // namespace innonet::planner
