#pragma once
// Leiden's refinement phase (Traag, Waltman & van Eck 2019, Alg. A.2, RefinePartition and
// MergeNodesSubset): inside every community S of the moved partition, start from singletons and
// let each well-connected singleton v (s(v, S - v) >= null(v, S - v)) join a well-connected
// refined community C of S with a non-negative gain, chosen at random with probability
// proportional to exp(gain / randomness) (staying alone has gain 0). Gains are in edge-weight
// units (w(v,C) - expected weight), as igraph's `beta`. Every refined community is connected.
//
// Communities are independent, so they are refined in parallel; each draws from its own stream
// (seed, community id), so the result does not depend on the thread count. Cost: O(n + m).
#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/community/work_graph.hpp"

namespace innonet::community::detail {

struct RefineOptions {
  double randomness = 0.01;  // theta
  std::uint64_t seed = 0;
};

// membership: ids 0..num_communities-1. Returns the refined membership, renumbered 0..k-1 in order
// of each refined community's smallest node; *num_refined receives k.
std::vector<Vertex> refine_partition(const WorkGraph& g, std::span<const Vertex> membership,
                                     Vertex num_communities, const NullModel& null,
                                     const RefineOptions& options, Vertex* num_refined);

}  // namespace innonet::community::detail
