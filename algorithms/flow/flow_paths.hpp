#pragma once
// A maximum flow as paths, without circulation. A valid flow (conservation at every vertex that
// is neither a source nor a sink) may carry flow round a cycle that adds nothing to its value
// (push–relabel leaves such loops, e.g. u→v 1 and v→u 1 on an undirected edge). This splits the
// flow into source→sink paths and drops every cycle:
//   walk from a source along arcs with positive flow (the first such arc in CSR order, so the
//   result is deterministic); on reaching a sink, record the path with its bottleneck value and
//   subtract it; on coming back to a vertex already on the walk, subtract the cycle's bottleneck
//   and continue from that vertex. Whatever is left when no source has outgoing flow is a
//   circulation, or flow out of a sink (dropped, and counted in `dropped`).
// The paths' values add up to the flow value out of the sources; acyclic_flow is their sum per
// arc, with no flow round any directed cycle (Ahuja, Magnanti & Orlin 1993, §3.5, flow
// decomposition). Flows below `zero` count as none (rounding of the push–relabel arithmetic).
// Cost: O(n m) worst case (each path or cycle empties at least one arc), O(n + m) memory.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::flow {

struct FlowPath {
  std::vector<Vertex> vertices;  // source first, sink last
  std::vector<ArcIndex> arcs;    // CSR out-arcs, one fewer than vertices
  double value = 0.0;
};

struct FlowDecomposition {
  std::vector<FlowPath> paths;       // in the order found
  std::vector<double> acyclic_flow;  // per CSR out-arc: the sum of the paths
  std::int64_t cycles_cancelled = 0;
  double cycle_flow = 0.0;  // flow removed with those cycles (summed over their arcs' bottlenecks)
  double dropped = 0.0;     // flow left on arcs after the paths and cycles (e.g. sink to sink)
};

struct DecomposeOptions {
  double zero = 1e-12;  // arc flows at or below this (times the largest arc flow) are empty
};

// arc_flow: one value per CSR out-arc (MaxFlowResult::arc_flow). Throws std::invalid_argument
// ('arc_flow') when its size is not the arc count or a flow is negative.
FlowDecomposition decompose_flow(const CsrGraph& g, std::span<const double> arc_flow,
                                 std::span<const Vertex> sources, std::span<const Vertex> sinks,
                                 const DecomposeOptions& options = {});

}  // namespace innonet::flow
