#pragma once
// Betweenness centrality (Brandes 2001), exact and by source sampling, and edge betweenness.
//
// Conventions are NetworkX's (nx.betweenness_centrality / edge_betweenness_centrality):
// - Paths are counted by hops, or by weighted length when the graph is weighted and
//   weights == use (weights are lengths and must be > 0). Directed graphs follow arc direction.
// - Raw scores: b(v) = Σ_{s≠v≠t} σ_st(v)/σ_st over ordered pairs, halved for undirected graphs.
//   Normalized (default): Σ over ordered pairs divided by (n−1)(n−2) (n(n−1) with endpoints),
//   for directed and undirected graphs alike; edge betweenness: divided by n(n−1).
// - Endpoints::include adds the endpoints of every path (nx endpoints=True).
// - Equal lengths under floating-point weights are ties within a relative tolerance (see
//   shortest_path_dag.hpp); NetworkX compares exactly and so miscounts e.g. 0.1+0.2 vs 0.3.
// Parallel over sources: sources are cut into fixed blocks of kSourceBlock, each block sums into
// its own partial vector, and the partials are added to the total in block order (a round of
// blocks at a time, to bound memory), so results are bit-identical at any thread count. With at
// most kParallelHeavy sources and no weights the searches run one after another, each parallel
// level by level inside (level_brandes.hpp), summed in source order.
// Cost: O(n·m) unweighted, O(n·m log n) weighted; memory O(n) per thread + 16·n doubles.
#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

enum class BetweennessScale { normalized, raw };
enum class Endpoints { exclude, include };

struct BetweennessOptions {
  BetweennessScale scale = BetweennessScale::normalized;
  Endpoints endpoints = Endpoints::exclude;  // ignored by edge betweenness
  EdgeWeights weights = EdgeWeights::use;
  double tie_tolerance = 1e-10;  // relative; 0 compares lengths exactly like NetworkX
};

struct BetweennessResult {
  std::vector<double> score;  // by Vertex (edge betweenness: by out-arc index, see below)
  std::int64_t sources = 0;   // sources searched (n when exact)
  // Sampling only: with probability >= 1 − delta every |score − exact| <= epsilon (in the units
  // of score); both 0 when exact.
  double epsilon = 0.0;
  double delta = 0.0;
};

// Throws std::invalid_argument for weights that are not finite and > 0 (when read) or a
// negative tie_tolerance.
BetweennessResult betweenness(const CsrGraph& g, const BetweennessOptions& options = {});

// Edge betweenness; score[e] is the value of out-arc e (g.out_targets()[e]). For an undirected
// graph both arcs of an edge carry the edge's value. endpoints is ignored.
BetweennessResult edge_betweenness(const CsrGraph& g, const BetweennessOptions& options = {});

// Approximation by source sampling (Brandes & Pich 2007): Brandes' sum over the k given
// sources, scaled by n/k (NetworkX's k=...). Error bound (Hoeffding 1963, which holds for
// sampling without replacement, plus a union bound over the n nodes): each source s contributes
// Y = n·δ_s(v)/((n−1)(n−2)) to the normalized score, with 0 <= δ_s(v) <= n−2, so Y lies in
// [0, R] with R = n/(n−1) (R = 1 with endpoints, where Y = n·δ'/(n(n−1)) and δ' <= n−1); then
//   P(max_v |b̂(v) − b(v)| >= ε) <= 2n·exp(−2kε²/R²),  i.e.  ε = R·sqrt(ln(2n/δ) / (2k)).
// The result reports ε converted to the requested scale (raw: times (n−1)(n−2), halved for
// undirected graphs). Sources must be distinct and in range (std::invalid_argument otherwise).
BetweennessResult approximate_betweenness(const CsrGraph& g, std::span<const Vertex> sources,
                                          double delta, const BetweennessOptions& options = {});

// k distinct sources drawn uniformly (partial Fisher–Yates, splitmix64 stream from seed); sorted.
std::vector<Vertex> sample_sources(Vertex n, std::int64_t k, std::uint64_t seed);

// The smallest k with R·sqrt(ln(2n/δ)/(2k)) <= epsilon, and the ε that k samples give
// (normalized scale, endpoints excluded unless told).
std::int64_t hoeffding_samples(Vertex n, double epsilon, double delta,
                               Endpoints endpoints = Endpoints::exclude);
double hoeffding_epsilon(Vertex n, std::int64_t k, double delta,
                         Endpoints endpoints = Endpoints::exclude);

}  // namespace innonet::centrality
