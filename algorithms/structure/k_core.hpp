#pragma once
// k-core decomposition: core_number[v] is the largest k such that v belongs to a subgraph in
// which every vertex has degree >= k (Seidman 1983). Degrees follow NetworkX's core_number:
// undirected degree for undirected graphs, in-degree + out-degree for directed ones (a pair of
// opposite arcs counts twice). Self-loops are ignored (NetworkX refuses them; this equals NetworkX
// on the graph with its self-loops removed); parallel arcs count once each.
//
// Algorithm: level-synchronous peeling (after PKC, Kabir & Madduri, IPDPSW 2017), 64 levels per
// scan of the remaining vertices. A window's vertices are bucketed by degree once; level k then
// peels the bucket's vertices still at degree k, decrementing each neighbour above k, and a
// neighbour that lands on k joins the level's queue, one that lands inside the window its bucket.
// While the remaining vertices hold 2^17 arcs or more, every thread peels each level (its own
// buckets, degrees lowered by compare-and-swap so none ever dips below the level, a barrier per
// level); the rest is peeled on one thread without atomics. On power-law graphs most arcs sit in
// the dense high cores, so the parallel peel must reach them: splitting by level size left 88% of
// an R-MAT graph's arcs to one thread. Core numbers are unique, so the result does not depend on
// the thread count.
// Cost: O(m + n * levels / 64) work, O(n) extra memory.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::structure {

struct CoreNumberResult {
  std::vector<Vertex> core;  // indexed by Vertex
  Vertex max_core = 0;       // 0 for an empty graph
  int levels = 0;            // distinct core values peeled
};

CoreNumberResult core_number(const CsrGraph& g);

// Vertices with core number >= k, in increasing order.
std::vector<Vertex> k_core_vertices(const CoreNumberResult& cores, Vertex k);

// An induced subgraph: graph keeps the direction, the weights and the arcs between the chosen
// vertices (self-loops included); vertex i of graph is original[i].
struct Subgraph {
  CsrGraph graph;
  std::vector<Vertex> original;
};
// vertices must be sorted, distinct and in range (std::invalid_argument otherwise). O(n + m).
Subgraph induced_subgraph(const CsrGraph& g, std::span<const Vertex> vertices);

// The k-core as a subgraph; k < 0 means the main (largest non-empty) core, NetworkX's default.
struct KCoreOptions {
  Vertex k = -1;
};
Subgraph k_core(const CsrGraph& g, const KCoreOptions& options = {});

}  // namespace innonet::structure
