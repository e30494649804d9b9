#pragma once
// The benchmarks' generated graphs, made once per process and cached (benchmark code, not the
// library: the cache is this process's, filled outside the timed loops).
//   Family::rmat         R-MAT with the Graph500 parameters (a=0.57, b=0.19, c=0.19, d=0.05)
//   Family::erdos_renyi  G(n, m) of the same size
// Both: n = 2^scale, edge factor 16 (16·n edges drawn, so average out-degree 16 when directed;
// R-MAT loses some to merging), fixed seed, simple (parallel edges merged with MergeRule::max,
// self loops dropped). Weighted: deterministic integer weights in [1, 100).
#include <cstdint>
#include <vector>

#include "engine/csr_build.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::bench {

enum class Family : std::int64_t { rmat = 0, erdos_renyi = 1 };
inline const std::vector<std::int64_t> kFamilies = {0, 1};

enum class Weighting { unweighted, weighted };

inline constexpr int kEdgeFactor = 16;
inline constexpr std::uint64_t kSeed = 20240601;

// The cached graph; made on first use (thread-safe).
const CsrGraph& graph(Family family, int scale, Direction direction = Direction::directed,
                      Weighting weighting = Weighting::unweighted);

// The same graph as an edge list, not cached (for benchmarks of the builder and the writers).
EdgeList edge_list(Family family, int scale, Direction direction = Direction::directed,
                   Weighting weighting = Weighting::unweighted);

// "rmat" / "erdos_renyi", for benchmark labels.
const char* family_name(Family family);

}  // namespace innonet::bench
