#pragma once
// The way back down of a multilevel pass (Louvain, Leiden): multilevel refinement (Rotta & Noack
// 2011). Going up, the coarse levels moved whole groups of nodes; a node of a finer level may now
// gain by leaving the community its group ended in. So, from the top level down to level 1, every
// level's nodes start in the community of the node they were aggregated into and move again.
// Level 0 (the input) is left to the caller: Louvain's next pass starts with exactly that step,
// Leiden ends every pass with it (and a split of what it cut).
// Deterministic for a seed at any thread count (move_nodes); O(sum of the levels' sweeps).
#include <cstdint>
#include <vector>

#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/work_graph.hpp"

namespace innonet::community::detail {

// up[l][v]: the level-(l + 1) node that level l's node v was aggregated into (levels.at(l + 1));
// top: the communities of the top level's nodes (level up.size()). Level l moves with
// Rng(seed, kDescendStreams + l). Returns the communities of level 0's nodes (not renumbered).
inline constexpr std::uint64_t kDescendStreams = std::uint64_t{1} << 32;
std::vector<Vertex> descend(const LevelGraphs& levels, const WorkGraph& base,
                            const std::vector<std::vector<Vertex>>& up, std::vector<Vertex> top,
                            const NullModel& null, MoveOrder order, std::uint64_t seed);

}  // namespace innonet::community::detail
