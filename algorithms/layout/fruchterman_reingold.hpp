#pragma once
// Fruchterman–Reingold (Software: Practice and Experience 21(11), 1991): nodes repel with
// k^2 / d and edges attract with w * d^2 / k, k the optimal distance; each node moves along its
// force by at most the temperature, which cools linearly from start_temperature to 0. The
// repulsion uses the Barnes–Hut quadtree (barnes_hut.hpp) from 1,000 nodes, exact below. No
// gravity: as in the paper, parts that are not connected drift apart. Arcs are read in both
// directions. Every iteration reads the previous positions only (one parallel pass per node), so
// the result is bit-identical at any thread count. Start: random_layout(n, seed, sqrt(n) * k).
// Cost per iteration: O(n log n + m) with Barnes–Hut.
#include <cstdint>

#include "algorithms/layout/force_atlas2.hpp"
#include "algorithms/layout/layout.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::layout {

struct FruchtermanReingoldOptions {
  int iterations = 500;
  std::uint64_t seed = 1;
  double optimal_distance = 1.0;   // k
  double start_temperature = 0.0;  // 0: sqrt(n) / 10 * k (igraph's default)
  Repulsion repulsion = Repulsion::automatic;
  double barnes_hut_theta = 1.0;
  const Layout* initial = nullptr;
};

struct FruchtermanReingoldResult {
  Layout layout;
  int iterations = 0;
};

// Throws std::invalid_argument for negative iterations or theta, a non-positive distance or an
// initial layout of the wrong size.
FruchtermanReingoldResult fruchterman_reingold(const CsrGraph& g,
                                               const FruchtermanReingoldOptions& options = {});

}  // namespace innonet::layout
