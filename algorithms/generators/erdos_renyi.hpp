#pragma once
// Erdős–Rényi G(n, m): exactly m distinct edges drawn uniformly from all possible ones (no self
// loops). Directed: ordered pairs u != v, at most n(n-1). Undirected: unordered pairs, listed once
// with u < v, at most n(n-1)/2. Edges come out sorted by (u, v).
// Method: candidate pairs are drawn with replacement in blocks (block b from BlockRng(seed + b)),
// sorted and deduplicated in parallel, topped up until at least m distinct pairs exist; the
// surplus is dropped by keeping the m pairs with the smallest keys hash64(seed, pair). The kept
// set is uniform among m-subsets, and the result is the same at any thread count. Above half of
// all pairs the complement is drawn instead. Cost: O(m log m) work, about 16 bytes per edge.
#include <cstdint>

#include "engine/csr_build.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::generators {

struct ErdosRenyiOptions {
  Vertex num_nodes = 1024;
  std::int64_t num_edges = 16 * 1024;
  Direction direction = Direction::undirected;
  std::uint64_t seed = 1;
};

// Throws std::invalid_argument naming num_nodes or num_edges (negative, or more edges than pairs).
EdgeList erdos_renyi(const ErdosRenyiOptions& options = {});

}  // namespace innonet::generators
