#pragma once
// Watts–Strogatz small world (Watts & Strogatz 1998), NetworkX's rewiring rule: a ring lattice
// where each vertex links to its k/2 nearest neighbours on each side, then, lap j = 1..k/2, each
// lattice edge (u, u+j mod n) is rewired with probability p to (u, w), w uniform among vertices
// that are neither u nor already adjacent to u (skipped when u is adjacent to all). The edge count
// n·k/2 never changes; the graph stays simple. p = 0 leaves the lattice, whose clustering is
// 3(k-2)/(4(k-1)); p = 1 approaches a random graph.
// Serial (each rewiring depends on the edges before it): one BlockRng(seed) stream, so the output
// does not depend on the thread count. Cost: O(n·k) expected time, a hash set of the edges.
#include <cstdint>

#include "engine/csr_build.hpp"

namespace innonet::generators {

struct WattsStrogatzOptions {
  Vertex num_nodes = 1000;
  int neighbors = 4;                // k: even, 2 <= k < num_nodes
  double rewire_probability = 0.1;  // p in [0, 1]
  std::uint64_t seed = 1;
};

// Throws std::invalid_argument naming num_nodes, neighbors or rewire_probability.
EdgeList watts_strogatz(const WattsStrogatzOptions& options = {});

}  // namespace innonet::generators
