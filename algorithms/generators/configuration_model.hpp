#pragma once
// Configuration model on a stub list (Bender & Canfield 1978; Molloy & Reed 1995), as LFR wires
// its internal and external degrees. The stubs (vertex v listed once per edge end) are shuffled
// and paired; then every self loop, repeated edge, or forbidden edge (both ends in the same
// group, when groups are given) is repaired by a degree-preserving swap with a random other edge,
// (a,b),(c,d) -> (a,c),(b,d), accepted only if both new edges are allowed and new. An edge still
// bad after kSwapTries attempts is dropped and counted. Serial, driven by the caller's BlockRng.
// Cost: O(s) for s stubs plus O(tries) per bad edge, a hash map of the edges.
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "algorithms/generators/block_rng.hpp"
#include "engine/types.hpp"

namespace innonet::generators {

inline constexpr int kSwapTries = 100;

struct StubMatching {
  std::vector<std::pair<Vertex, Vertex>> edges;  // simple, allowed, unordered pairs
  std::int64_t dropped = 0;                      // edges that could not be repaired
};

// stubs.size() must be even. group empty: nothing is forbidden; else group[v] is v's group and
// edges inside one group are forbidden.
StubMatching match_stubs(std::vector<Vertex> stubs, BlockRng& rng,
                         std::span<const std::int32_t> group = {});

}  // namespace innonet::generators
