#pragma once
// Hop distances from up to 64 sources in one traversal (bit-parallel BFS): every vertex holds a
// 64-bit mask of the sources that have reached it, and one level ORs the frontier masks along the
// arcs. A vertex is expanded once per distinct distance at which some source of the batch first
// reaches it (a handful of levels on small-world graphs), so a batch costs a few passes over the
// arcs instead of 64. Closeness and harmonic centrality need only per-source sums over the
// reached vertices, which a level gives as counts: Σ d and Σ 1/d come out of how many vertices
// each source newly reached at each distance d.
//
// The sums are formed level by level in a fixed order, so the result does not depend on the
// thread that ran the batch. Cost per batch: O(Σ_levels (active vertices + their arcs) + 64·n)
// time, 24 bytes per vertex of memory (three masks), allocated once per object.
#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/centrality/shortest_path_dag.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

// What one source's BFS would give, reduced to what the distance-sum metrics need.
struct DistanceSums {
  std::int64_t reached = 0;      // vertices at a finite distance, the source included
  std::uint64_t hop_sum = 0;     // Σ d over those vertices (exact)
  double inverse_hop_sum = 0.0;  // Σ 1/d over those vertices other than the source
};

inline constexpr int kBfsBatch = 64;

class MultiSourceBfs {
 public:
  explicit MultiSourceBfs(Vertex n);

  // Runs the BFS of every vertex in `sources` (at most kBfsBatch, distinct) at once and writes
  // sums[i] for sources[i]. Traverse::in_arcs gives distances *to* each source.
  void run(const CsrGraph& g, std::span<const Vertex> sources, Traverse traverse,
           std::span<DistanceSums> sums);

 private:
  std::vector<std::uint64_t> seen_;      // sources that reached v
  std::vector<std::uint64_t> frontier_;  // sources that reached v at the current level
  std::vector<std::uint64_t> next_;      // sources that reach v at the next level
  std::vector<Vertex> active_;           // vertices with a non-zero frontier mask
  std::vector<Vertex> touched_;          // vertices with a non-zero next mask
};

}  // namespace innonet::centrality
