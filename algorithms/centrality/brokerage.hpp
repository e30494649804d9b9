#pragma once
// Gould & Fernandez (1989) brokerage roles of each node in a directed graph with a node grouping.
// Node v brokers the two-path a → v → b (a, v, b distinct). Its role follows from the groups:
//   coordinator     g(a) = g(v) = g(b)       (sna's w_I)
//   consultant      g(a) = g(b) ≠ g(v)       (itinerant broker, w_O)
//   gatekeeper      g(a) ≠ g(v) = g(b)       (b_OI: lets an outsider in to its own group)
//   representative  g(a) = g(v) ≠ g(b)       (b_IO: speaks for its own group outwards)
//   liaison         g(a), g(v), g(b) all different (b_O)
// Convention: by default a two-path counts only when a has no arc to b, since a broker mediates
// between actors that are not directly linked (Gould & Fernandez's definition, as in R sna's
// brokerage()); ClosedTwoPaths::include counts every two-path. Pairs are ordered: a→v→b and
// b→v→a are two brokerage relations. An undirected graph is read as every edge in both
// directions. Weights are ignored. Parallel over nodes, integer counts: identical at any thread
// count. Cost: O(Σ_v in(v)·out(v)·log d) time, O(n) memory.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::centrality {

enum class ClosedTwoPaths { exclude, include };

struct BrokerageOptions {
  ClosedTwoPaths closed = ClosedTwoPaths::exclude;
};

struct BrokerageResult {  // counts by Vertex
  std::vector<std::int64_t> coordinator, consultant, gatekeeper, representative, liaison;
  std::vector<std::int64_t> total;  // sum of the five
};

// group[v] is any integer label per vertex. Throws std::invalid_argument when group does not
// have one entry per vertex.
BrokerageResult brokerage(const CsrGraph& g, std::span<const int> group,
                          const BrokerageOptions& options = {});

}  // namespace innonet::centrality
