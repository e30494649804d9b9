#pragma once
// Local moving of nodes between communities, the first phase of Louvain and Leiden. Serial: each
// move changes the community totals the next decision reads, so a parallel version would need
// batches to stay deterministic; the cost is O(m) per sweep with a dense accumulator.
#include <cstdint>
#include <vector>

#include "algorithms/community/rng.hpp"
#include "algorithms/community/work_graph.hpp"

namespace innonet::community::detail {

enum class MoveOrder {
  queue,  // Leiden's fast local moving (Traag et al. 2019, Alg. A.2): visit every node once in
          // random order, then only neighbours of nodes that moved, until the queue is empty
  sweep,  // Louvain (Blondel et al. 2008): sweeps over all nodes in one random order until a
          // sweep moves nothing
};

// Moves nodes of g between the communities of `membership` (ids 0..n-1; a node may also move
// to an empty community) whenever that strictly increases the quality; ties keep the node where
// it is. Returns the number of moves made.
std::int64_t move_nodes(const WorkGraph& g, std::vector<Vertex>& membership, const NullModel& null,
                        MoveOrder order, Rng& rng);

// Members of each community, ascending: members[first[c]..first[c+1]) (counting sort, O(n + k)).
struct CommunityMembers {
  std::vector<std::int64_t> first;
  std::vector<Vertex> members;
};
CommunityMembers group_members(std::span<const Vertex> membership, Vertex num_communities);

}  // namespace innonet::community::detail
