#pragma once
// The part of a network that can carry flow between two vertex sets. A vertex outside both sets
// is a dead end when flow entering it can only leave the way it came: in an undirected graph,
// when all its ties (self-loops aside) are one tie to one neighbour; in a directed graph, when it
// has no arc in or no arc out (self-loops aside). Removing a dead end can make its neighbours
// dead ends; peeling them all changes no flow value, no minimum cut capacity, no disjoint-path
// count and no single point of failure, and shrinks the residual network that push–relabel
// builds: in a generated metropolitan network three organisations in five are isolated or hang
// off a tree. flow::max_flow peels for every caller; callers that run many flows on one network
// (the planner's corridor capacity) peel once and compact it themselves.
// Cost: O(n + m) time, O(n) memory.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::flow {

// 1 for the vertices kept (every vertex of `sources` and `sinks`, and every vertex that is not a
// dead end once the dead ends around it are gone), 0 for the peeled ones. Terminals are not
// checked here (max_flow checks them first).
std::vector<std::uint8_t> flow_core_mask(const CsrGraph& g, std::span<const Vertex> sources,
                                         std::span<const Vertex> sinks);

}  // namespace innonet::flow
