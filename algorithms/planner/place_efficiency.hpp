#pragma once
// Distances and global efficiency on the place-level network (places tied when any selected tie
// joins their subtrees), and the effect of adding one tie.
//   global efficiency E = sum over ordered pairs u != v of 1/d(u,v), divided by P(P-1), with
//   1/d = 0 for unreachable pairs (Latora & Marchiori 2001; NetworkX global_efficiency).
// Adding the tie {a,b} shortens d(u,v) to min(d(u,v), d(u,a)+1+d(b,v), d(u,b)+1+d(a,v)), so its
// effect is computed from the current distances without another search. Cost: O(P (P + T)) for
// the distances, O(P^2) per evaluated tie.
#include <cstdint>
#include <vector>

#include "algorithms/planner/place_network.hpp"

namespace innonet::planner {

struct PlaceAdjacency {
  std::vector<std::vector<std::int32_t>> neighbours;  // sorted place indices
};
PlaceAdjacency place_adjacency(const PlaceNetwork& network);

struct PlaceDistances {
  std::int32_t size = 0;
  std::vector<std::int32_t> hops;       // size x size, -1 = unreachable
  std::vector<std::int32_t> component;  // component id per place
  std::vector<std::int32_t> component_size;
  std::int32_t at(std::int32_t u, std::int32_t v) const { return hops[u * size + v]; }
};
PlaceDistances place_distances(const PlaceAdjacency& adjacency);

double global_efficiency(const PlaceDistances& distances);

struct TieEffect {
  double efficiency_gain = 0.0;
  std::int64_t places_reconnected = 0;  // size of the smaller component joined, or 0
};
TieEffect effect_of_new_tie(const PlaceDistances& distances, std::int32_t a, std::int32_t b);

}  // namespace innonet::planner
