#pragma once
// Building a CsrGraph from an edge list: a parallel counting sort by source (no sort of pairs),
// then each row sorted by target, parallel arcs merged by the chosen rule, and the in-adjacency
// built the same way. The counting sort cuts the records into one contiguous block per thread
// with a private counter array each (no atomics; rows fill in record order, so the transposed
// in-rows come out sorted); when those counters would outweigh the arcs (m/n below the thread
// count) positions are claimed with integer atomics instead. Either way every row is finally
// sorted by (neighbour, weight): the result is identical at any thread count.
// Cost: O(m log d_max) work, O(n + m) extra memory (+4n per thread for the counters).
#include <cstdint>

#include "engine/csr_graph.hpp"
#include "engine/huge_array.hpp"

namespace innonet {

// How parallel edges between the same ordered (directed) or unordered (undirected) pair combine.
enum class MergeRule {
  keep,   // a multigraph: every edge stays an arc
  sum,    // one arc, weights added
  count,  // one arc, weight = number of edges merged (makes the graph weighted)
  max,    // one arc, largest weight
  min,    // one arc, smallest weight
};

enum class SelfLoops { keep, drop };

// Plain edge list. weights is empty for an unweighted graph, else one per edge.
struct EdgeList {
  Vertex num_nodes = 0;
  HugeArray<Vertex> sources;
  HugeArray<Vertex> targets;
  HugeArray<double> weights;
};

struct CsrBuildOptions {
  Direction direction = Direction::directed;
  MergeRule merge = MergeRule::keep;
  SelfLoops self_loops = SelfLoops::keep;
};

// Throws ValidationError for an endpoint outside 0..num_nodes-1, a non-finite weight, weights of
// the wrong length, or 2^31 or more arcs (the limit of 32-bit offsets).
CsrGraph build_csr(const EdgeList& edges, const CsrBuildOptions& options = {});

}  // namespace innonet
