#pragma once
// LFR's community step (Lancichinetti, Fortunato & Radicchi 2008), as helpers of lfr.hpp.
// Community sizes are integer power-law draws in [min_size, max_size] until they cover n, the
// overshoot trimmed from random communities above min_size (or, when that cannot absorb it, the
// last community dropped and the gap spread over communities below max_size).
// Assignment: a vertex whose internal degree is k may only join a community of more than k
// members. Vertices are taken by decreasing internal degree and each joins a random eligible
// community with room, chosen with probability proportional to the room left (a Fenwick tree over
// communities sorted by decreasing size, so the eligible ones are a prefix). Taking the most
// constrained vertices first makes the greedy exact: it fails only if no assignment exists.
// Cost: O(n log c + c log c) for c communities.
#include <cstdint>
#include <vector>

#include "algorithms/generators/block_rng.hpp"
#include "engine/types.hpp"

namespace innonet::generators {

// Sizes summing to n, each in [min_size, max_size]; empty when the draw cannot be fitted.
std::vector<Vertex> sample_community_sizes(Vertex n, Vertex min_size, Vertex max_size,
                                           double exponent, BlockRng& rng);

// community[v] for every vertex, or empty when some vertex fits in no community.
std::vector<std::int32_t> assign_communities(const std::vector<Vertex>& internal_degree,
                                             const std::vector<Vertex>& sizes, BlockRng& rng);

}  // namespace innonet::generators
