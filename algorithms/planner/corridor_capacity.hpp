#pragma once
// The flow half of a corridor breakdown (see corridor.hpp): capacity and bottleneck between
// member subtrees, node-disjoint paths, and single points of failure.
#include <cstdint>
#include <vector>

#include "algorithms/planner/corridor.hpp"

namespace innonet::planner {

// The one rule for what carries flow, shared by corridors and `innonet flow`: every tie the
// selection keeps except declarations (`declaration_kinds`, e.g. corridor_link: "these cities
// form a corridor" is not a channel with a capacity). Returns the selection with those kinds
// removed (every edge removed when only declarations were selected).
Selection flow_selection(const PropertyGraph& graph, Selection selection,
                         const std::vector<std::string>& declaration_kinds);

// The network flows run on: every selected tie that is not a declaration, undirected, parallel
// ties' weights added, self-loops dropped; one vertex per node. Build it once per analysis and
// share it between corridors.
CsrGraph capacity_network(const PropertyGraph& graph, const CorridorOptions& options);

// owner[node] = index into out.members_used, or -1. Fills capacity, weakest_pair, bottleneck,
// disjoint_paths, single_points and notes.
void add_capacity_and_fragility(const PropertyGraph& graph, const CsrGraph& network,
                                const std::vector<std::int32_t>& owner,
                                const CorridorOptions& options, CorridorBreakdown& out);

}  // namespace innonet::planner
