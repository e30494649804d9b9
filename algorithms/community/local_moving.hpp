#pragma once
// Local moving of nodes between communities, the first phase of Louvain and Leiden.
// Small graphs (fewer than kParallelMoveNodes nodes, e.g. every aggregated level) move one node
// at a time, exactly as the papers describe. Large graphs move in fixed-size batches of
// kMoveBatch nodes: each node of a batch is evaluated in parallel against the state at the start
// of the batch; the few that would move (the costly part is deciding that most stay) are then
// evaluated again against the current state and moved, serially in batch order. Batches depend
// only on the order, never on the thread count, so the result is the same at any thread count,
// and every move strictly raises the quality, as in the serial method. A node that stays may have
// missed a move made earlier in its batch; a neighbour that moves later wakes it again.
// Both orders wake (queue, or mark active) only the neighbours whose slack a move has used up:
// each evaluation records by how much staying beats the best alternative, and each move of a
// neighbour lowers that by a bound on how far it can shift the node's gains; a node is woken
// once its slack falls below zero (a hub whose choice is clear then stays asleep while its
// neighbours move). Like the papers' rule this watches only the moves of neighbours.
// Cost: O(m) per sweep.
#include <cstdint>
#include <vector>

#include "algorithms/community/rng.hpp"
#include "algorithms/community/work_graph.hpp"

namespace innonet::community::detail {

inline constexpr Vertex kParallelMoveNodes = 1 << 16;
inline constexpr std::int64_t kMoveBatch = 1024;

enum class MoveOrder {
  queue,  // Leiden's fast local moving (Traag et al. 2019, Alg. A.2): visit every node once in
          // random order, then only neighbours of nodes that moved, until the queue is empty
  sweep,  // Louvain (Blondel et al. 2008): sweeps over all nodes in one random order until a
          // sweep moves nothing; a sweep skips nodes none of whose neighbours moved since the
          // node was last visited (Ozaki, Tezuka & Inaba 2016, "vertex pruning")
};

// Moves nodes of g between the communities of `membership` (ids 0..n-1; a node may also move
// to an empty community) whenever that strictly increases the quality; ties keep the node where
// it is. Returns the number of moves made.
std::int64_t move_nodes(const WorkGraph& g, std::vector<Vertex>& membership, const NullModel& null,
                        MoveOrder order, Rng& rng);

// The wake rule's bound (see above). Node u sits in community c; its neighbour v moves from
// community a to community b (a != b; b may be new); w = s(u, v) and p = null(u, {v}) (the
// NullModel's `between` for u and v alone). Returns how far that can lower u's slack: its gain
// for staying minus its best gain elsewhere, counting an empty community (gain 0) as one of the
// alternatives. Moving into b raises u's gain for b by d = w - p and lowers its gain for a by d;
// every other gain stays, and each alternative's old gain was at most the best one.
inline double slack_fall(double w, double p, Vertex c, Vertex a, Vertex b) {
  const double d = w - p;
  if (c == a) return d > 0.0 ? 2.0 * d : 0.0;  // staying falls by d, b rises by d
  if (c == b) return d < 0.0 ? -2.0 * d : 0.0;
  return d < 0.0 ? -d : d;  // one of a and b rises by |d|
}

// Members of each community, ascending: members[first[c]..first[c+1]) (counting sort, O(n + k)).
struct CommunityMembers {
  std::vector<std::int64_t> first;
  std::vector<Vertex> members;
};
CommunityMembers group_members(std::span<const Vertex> membership, Vertex num_communities);

// arcs[c] = the arcs of community c's members (the sum of their degrees), in parallel.
std::vector<std::int64_t> member_arcs(const WorkGraph& g, const CommunityMembers& m);

}  // namespace innonet::community::detail
