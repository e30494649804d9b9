#include "algorithms/centrality/betweenness.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <stdexcept>

#include "algorithms/centrality/level_brandes.hpp"
#include "algorithms/centrality/shortest_path_dag.hpp"
#include "engine/parallel_error.hpp"
#include "engine/random.hpp"

namespace innonet::centrality {
namespace {

inline constexpr std::int64_t kSourceBlock = 4;         // fixed: must not depend on thread count
inline constexpr std::int64_t kVertexRoundBlocks = 16;  // partial vectors alive at once
inline constexpr std::int64_t kEdgeRoundBlocks = 4;

// Σ over sources of per_source(dag, s, partial), deterministic: see the header.
template <class PerSource>
std::vector<double> sum_over_sources(const CsrGraph& g, std::span<const Vertex> sources,
                                     std::int64_t width, std::int64_t round_blocks,
                                     PerSource&& per_source) {
  const std::int64_t blocks = (std::ssize(sources) + kSourceBlock - 1) / kSourceBlock;
  std::vector<double> total(width, 0.0);
  std::vector<std::vector<double>> partial(std::min(round_blocks, blocks),
                                           std::vector<double>(width, 0.0));
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel if (std::ssize(sources) > kParallelHeavy)
  {
    std::optional<ShortestPathDag> dag;
    error.run([&] { dag.emplace(g.num_nodes()); });
    for (std::int64_t first = 0; first < blocks; first += round_blocks) {
      const std::int64_t count = std::min(round_blocks, blocks - first);
#pragma omp for schedule(dynamic, 1)
      for (std::int64_t b = 0; b < count; ++b) {
        const std::int64_t lo = (first + b) * kSourceBlock;
        const std::int64_t hi = std::min(std::ssize(sources), lo + kSourceBlock);
        error.run([&] {
          for (std::int64_t i = lo; i < hi; ++i) per_source(*dag, sources[i], partial[b]);
        });
      }
#pragma omp for schedule(static)
      for (std::int64_t i = 0; i < width; ++i) {
        double t = total[i];
        for (std::int64_t b = 0; b < count; ++b) {
          t += partial[b][i];  // block order, always
          partial[b][i] = 0.0;
        }
        total[i] = t;
      }
    }
  }
  error.rethrow();
  return total;
}

void check_options(const CsrGraph& g, const BetweennessOptions& o) {
  if (!(o.tie_tolerance >= 0.0)) throw std::invalid_argument("tie_tolerance: must be >= 0");
  check_weights(g, o.weights, ZeroWeights::refused, "weights");
}

PathLength path_length(const CsrGraph& g, const BetweennessOptions& o) {
  return reads_weights(g, o.weights) ? PathLength::weighted : PathLength::hops;
}

// Factor from Brandes' ordered-pair sums to the requested scale (NetworkX's _rescale).
double vertex_scale(const CsrGraph& g, const BetweennessOptions& o) {
  const double n = g.num_nodes();
  if (o.scale == BetweennessScale::raw) return g.is_directed() ? 1.0 : 0.5;
  if (o.endpoints == Endpoints::include) return n < 2 ? 1.0 : 1.0 / (n * (n - 1));
  return n <= 2 ? 1.0 : 1.0 / ((n - 1) * (n - 2));
}

std::vector<double> vertex_sums(const CsrGraph& g, std::span<const Vertex> sources,
                                const BetweennessOptions& o) {
  const PathLength length = path_length(g, o);
  // Too few sources to share among threads (sum_over_sources would run them on one): each
  // search runs in parallel instead, the sources one after another, summed in their order. The
  // choice depends on the sources only, never on the thread count.
  if (length == PathLength::hops && std::ssize(sources) <= kParallelHeavy) {
    std::vector<double> total(g.num_nodes(), 0.0);
    for (const Vertex s : sources) add_level_dependencies(g, s, o.endpoints, total);
    return total;
  }
  const bool endpoints = o.endpoints == Endpoints::include;
  return sum_over_sources(g, sources, g.num_nodes(), kVertexRoundBlocks,
                          [&](ShortestPathDag& dag, Vertex s, std::vector<double>& out) {
                            dag.search(g, s, length, Traverse::out_arcs, o.tie_tolerance);
                            if (endpoints) out[s] += static_cast<double>(dag.order().size() - 1);
                            dag.accumulate(
                                g,
                                [&](Vertex w, double delta) {
                                  if (w != s) out[w] += endpoints ? delta + 1.0 : delta;
                                },
                                [](ArcIndex, double) {});
                          });
}

std::vector<Vertex> all_vertices(Vertex n) {
  std::vector<Vertex> v(n);
  std::iota(v.begin(), v.end(), 0);
  return v;
}

}  // namespace

BetweennessResult betweenness(const CsrGraph& g, const BetweennessOptions& options) {
  check_options(g, options);
  const auto sources = all_vertices(g.num_nodes());
  BetweennessResult r;
  r.score = vertex_sums(g, sources, options);
  const double scale = vertex_scale(g, options);
  for (double& x : r.score) x *= scale;
  r.sources = g.num_nodes();
  return r;
}

BetweennessResult approximate_betweenness(const CsrGraph& g, std::span<const Vertex> sources,
                                          double delta, const BetweennessOptions& options) {
  check_options(g, options);
  const Vertex n = g.num_nodes();
  if (sources.empty()) throw std::invalid_argument("sources: none given");
  if (!(delta > 0.0 && delta < 1.0)) throw std::invalid_argument("delta: must be in (0, 1)");
  std::vector<char> seen(n, 0);
  for (const Vertex s : sources) {
    if (s < 0 || s >= n) throw std::invalid_argument("sources: vertex out of range");
    if (seen[s]++) throw std::invalid_argument("sources: repeated vertex");
  }
  BetweennessResult r;
  r.score = vertex_sums(g, sources, options);
  const auto k = std::ssize(sources);
  const double scale = vertex_scale(g, options) * n / static_cast<double>(k);
  for (double& x : r.score) x *= scale;
  r.sources = k;
  r.delta = delta;
  if (k < n) {
    // ε on the normalized scale, converted to the requested one.
    BetweennessOptions normalized = options;
    normalized.scale = BetweennessScale::normalized;
    r.epsilon = hoeffding_epsilon(n, k, delta, options.endpoints) * vertex_scale(g, options) /
                vertex_scale(g, normalized);
  }
  return r;
}

BetweennessResult edge_betweenness(const CsrGraph& g, const BetweennessOptions& options) {
  check_options(g, options);
  const Vertex n = g.num_nodes();
  const PathLength length = path_length(g, options);
  const auto sources = all_vertices(n);
  auto sums = sum_over_sources(
      g, sources, g.num_arcs(), kEdgeRoundBlocks,
      [&](ShortestPathDag& dag, Vertex s, std::vector<double>& out) {
        dag.search(g, s, length, Traverse::out_arcs, options.tie_tolerance);
        dag.accumulate(
            g, [](Vertex, double) {}, [&](ArcIndex e, double share) { out[e] += share; });
      });
  BetweennessResult r;
  r.score.assign(sums.size(), 0.0);
  double scale = g.is_directed() ? 1.0 : 0.5;
  if (options.scale == BetweennessScale::normalized)
    scale = n <= 1 ? 1.0 : 1.0 / (static_cast<double>(n) * (n - 1));
  const auto targets = g.out_targets();
#pragma omp parallel for schedule(dynamic, 1024) if (n > kParallelLight)
  for (Vertex u = 0; u < n; ++u) {
    for (ArcIndex e = g.out_begin(u); e < g.out_begin(u + 1); ++e) {
      double value = sums[e];
      if (!g.is_directed() && targets[e] != u) value += sums[g.find_arc(targets[e], u)];
      r.score[e] = value * scale;
    }
  }
  r.sources = n;
  return r;
}

std::vector<Vertex> sample_sources(Vertex n, std::int64_t k, std::uint64_t seed) {
  if (k < 0) throw std::invalid_argument("samples: must be >= 0");
  std::vector<Vertex> pool = all_vertices(n);
  k = std::min<std::int64_t>(k, n);
  SplitMix64 rng(seed);
  for (std::int64_t i = 0; i < k; ++i) {
    const auto j = i + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(n - i)));
    std::swap(pool[i], pool[j]);
  }
  pool.resize(k);
  std::sort(pool.begin(), pool.end());
  return pool;
}

double hoeffding_epsilon(Vertex n, std::int64_t k, double delta, Endpoints endpoints) {
  if (k < 1) throw std::invalid_argument("samples: must be >= 1");
  if (!(delta > 0.0 && delta < 1.0)) throw std::invalid_argument("delta: must be in (0, 1)");
  if (n < 3) return 0.0;
  const double range = endpoints == Endpoints::include ? 1.0 : n / (n - 1.0);
  return range * std::sqrt(std::log(2.0 * n / delta) / (2.0 * static_cast<double>(k)));
}

std::int64_t hoeffding_samples(Vertex n, double epsilon, double delta, Endpoints endpoints) {
  if (!(epsilon > 0.0)) throw std::invalid_argument("epsilon: must be > 0");
  if (!(delta > 0.0 && delta < 1.0)) throw std::invalid_argument("delta: must be in (0, 1)");
  if (n < 3) return n;
  const double range = endpoints == Endpoints::include ? 1.0 : n / (n - 1.0);
  return static_cast<std::int64_t>(
      std::ceil(range * range * std::log(2.0 * n / delta) / (2.0 * epsilon * epsilon)));
}

}  // namespace innonet::centrality
