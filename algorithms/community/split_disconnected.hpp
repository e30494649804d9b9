#pragma once
// Splits every community into its connected parts: members u and v stay together only if a path
// of arcs between members joins them. Splitting a community whose parts share no arc never lowers
// modularity (the expected weight between the parts is removed, no observed weight is) nor the
// CPM, so Leiden uses it to keep its guarantee of connected communities after a local-moving step
// that can cut one (see leiden.hpp).
//
// Parallel union-find (algorithms/structure/union_find.hpp) over the arcs inside communities,
// always hooking the larger root under the smaller, so each part's root is its smallest member
// whatever order the threads linked in; the parts are then numbered by renumber_communities: the
// same result at any thread count.
// Cost: O(m alpha) work, O(n) extra memory.
#include <vector>

#include "algorithms/community/work_graph.hpp"

namespace innonet::community::detail {

// Returns the number of communities after the split; `membership` is renumbered 0..k-1.
Vertex split_disconnected(const WorkGraph& g, std::vector<Vertex>& membership);

}  // namespace innonet::community::detail
