#pragma once
// The place-level view the planner compares with a gravity model: a set of places (e.g. every
// city with coordinates), their masses, the classic gravity expectation between every pair
// (symmetric: T_ij = M_i M_j / D_ij^2), and the ties actually observed between the places'
// subtrees (edges whose endpoints lie under two different places; declaration kinds such as
// corridor_link left out).
//   expected share of a pair = T_ij / sum of T over all pairs
//   observed share of a pair = ties_ij / sum of ties over all pairs
//   observed / expected > 1: the pair is tied more than its size and distance predict;
//   < 1: less — a corridor whose ratio is near 0 exists mostly on paper.
// A node among the selection's removed_nodes is no place (its ties are left out only as far as
// the selection's edge filters say: `--within` removes both).
// Cost: O(P^2) for P places plus O(m) to count ties.
#include <cstdint>
#include <string>
#include <vector>

#include "algorithms/planner/gravity.hpp"
#include "algorithms/planner/masses.hpp"
#include "engine/projection.hpp"
#include "engine/property_graph.hpp"

namespace innonet::planner {

struct PlaceNetworkOptions {
  std::string place_type = "city";  // places are the nodes of this type with coordinates
  Selection selection;              // which ties count
  std::vector<std::string> declaration_kinds = {"corridor_link"};
  MassOptions masses;
  ClassicGravityOptions gravity;
};

struct PlaceNetwork {
  PlaceMasses masses;                       // places + masses + basis
  std::vector<std::int32_t> place_of_node;  // index into masses.places, or -1
  GravityMatrix expected;                   // classic gravity between places
  std::vector<std::int64_t> ties;           // P x P, symmetric counts of observed ties
  double expected_total = 0.0;              // sum over unordered pairs
  std::int64_t ties_total = 0;              // sum over unordered pairs
  std::vector<std::string> notes;           // e.g. places left out for lack of coordinates

  std::int64_t size() const { return static_cast<std::int64_t>(masses.places.size()); }
  std::int64_t tie_count(std::int64_t i, std::int64_t j) const { return ties[i * size() + j]; }
  std::int32_t index_of(NodeRef place) const;  // -1 when not a place
};

PlaceNetwork place_network(const PropertyGraph& graph, const PlaceNetworkOptions& options = {});

struct GravityFit {
  bool available = false;
  double expected_share = 0.0;
  double observed_share = 0.0;
  double observed_to_expected = 0.0;  // observed_share / expected_share
  std::string explanation;            // why it is not available, or the mass basis
};

// Fit for a set of places (all pairs among them summed).
GravityFit gravity_fit(const PlaceNetwork& network, const std::vector<NodeRef>& members);

}  // namespace innonet::planner
