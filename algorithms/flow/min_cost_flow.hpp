#pragma once
// Minimum-cost flow: route a volume (or as much as possible) from a set of sources to a set of
// sinks at least total cost. Capacities are the CSR weights (1 if unweighted); cost_per_unit is
// parallel to the CSR out-arcs and must be >= 0 (an undirected edge costs the same both ways).
// volume = +inf gives NetworkX's max_flow_min_cost: a maximum flow of least cost.
//
// Algorithm: successive shortest paths with node potentials (Edmonds & Karp 1972; Tomizawa
// 1971): each round runs Dijkstra on reduced costs c(u,v) + pi(u) - pi(v) >= 0 from all sources
// at once, augments along the path to the nearest sink (ties: smaller sink id), and adds the
// distances to the potentials. Optimal at every step for the volume sent so far. Undirected
// edges become two arcs each with its own reverse (residual.hpp, UndirectedArcs::split); with
// zero costs both arcs of one edge may carry flow. Serial and deterministic.
// Cost: O(augmentations * (n + m) log n); augmentations <= number of distinct path lengths times
// saturations, small on the graphs this is meant for (a region, a corridor).
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::flow {

struct MinCostFlowOptions {
  double volume = std::numeric_limits<double>::infinity();  // +inf: as much as possible
};

struct MinCostFlowResult {
  double flow_value = 0.0;       // volume actually routed (< volume if the network is too thin)
  double cost = 0.0;             // sum over arcs of arc_flow * cost_per_unit, in CSR order
  bool volume_met = false;       // flow_value == volume (always false for volume = +inf)
  std::vector<double> arc_flow;  // parallel to the CSR out-arcs
  std::int64_t augmentations = 0;
};

// Throws std::invalid_argument naming 'cost_per_unit' (wrong length, negative, non-finite),
// 'capacity', 'volume' (negative or NaN), 'sources'/'sinks' (empty, out of range, overlapping).
MinCostFlowResult min_cost_flow(const CsrGraph& g, std::span<const double> cost_per_unit,
                                std::span<const Vertex> sources, std::span<const Vertex> sinks,
                                const MinCostFlowOptions& options = {});

}  // namespace innonet::flow
