#pragma once
// The residual network every flow kernel works on, built once from a CsrGraph: each residual arc
// knows its reverse (pair), its capacity and the CSR out-arc it carries.
//
// Capacities are the CSR weights (1 for an unweighted graph) and must be >= 0 and finite.
// Layouts:
// - directed graph: row u = u's out-arcs (capacity = weight) followed by one zero-capacity reverse
//   arc per in-arc of u. An arc u->v is paired with the reverse slot for u in v's row.
// - undirected graph, UndirectedArcs::shared: the CSR layout itself; the two stored arcs of edge
//   {u,v} are each other's reverse, both with capacity w (an edge carries w in either direction,
//   the classic reduction). Used by max-flow and Gomory–Hu: half the arcs of the split layout.
// - undirected graph, UndirectedArcs::split: like a directed graph with both arcs of every edge,
//   each with its own zero-capacity reverse; needed when arcs carry costs (min-cost flow).
// Cost: O(n + m) time and memory; residual arc counts must stay below 2^31.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::flow {

enum class UndirectedArcs { shared, split };

struct ResidualNetwork {
  Vertex num_nodes = 0;
  std::vector<ArcIndex> offsets;  // row v = offsets[v] .. offsets[v+1]-1
  std::vector<Vertex> head;
  std::vector<ArcIndex> pair;     // the reverse residual arc
  std::vector<double> capacity;   // initial residual capacity
  std::vector<ArcIndex> csr_arc;  // CSR out-arc carried in its own direction, or -1 (reverse slot)
  std::vector<ArcIndex> forward;  // forward[a] = residual arc of CSR out-arc a (-1: not built)

  std::int64_t num_arcs() const { return std::ssize(head); }
};

// `keep` (empty: every vertex) restricts the network to the arcs whose two ends are kept
// (flow_core.hpp); the others get no residual arc and forward[a] = -1, and a vertex not kept has
// an empty row. Vertex numbers are the graph's either way.
// Throws std::invalid_argument naming 'capacity' for a negative or non-finite weight (of any
// arc, built or not).
ResidualNetwork build_residual(const CsrGraph& g,
                               UndirectedArcs undirected = UndirectedArcs::shared,
                               std::span<const std::uint8_t> keep = {});

// The capacity of CSR arc a: its weight, 1 on an unweighted graph. Throws std::invalid_argument
// naming 'capacity' and the arc for a negative or non-finite weight (build_residual has checked
// every arc, so callers reading arcs of a network it built never see the throw).
double arc_capacity(const CsrGraph& g, ArcIndex a);

// Checks a terminal set: non-empty, every vertex in range, no repeats. `name` is the parameter
// named in the std::invalid_argument message.
void check_terminals(std::span<const Vertex> vertices, Vertex num_nodes, const char* name);

// Checks that two terminal sets are disjoint ("<second>: vertex v is also in <first>").
void check_disjoint(std::span<const Vertex> first, std::span<const Vertex> second, Vertex num_nodes,
                    const char* first_name, const char* second_name);

}  // namespace innonet::flow
