// Centrality kernels on generated graphs (bench/support/graphs.hpp): R-MAT and G(n, m), average
// degree 16, each kernel at two sizes. Threaded kernels use real time. Sampled betweenness is
// timed over a fixed set of sources (per-source cost is what matters); exact betweenness,
// closeness and harmonic run every source, on the small sizes.
#include <benchmark/benchmark.h>

#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/brokerage.hpp"
#include "algorithms/centrality/centralization.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/clustering.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/centrality/structural_holes.hpp"
#include "bench/support/graphs.hpp"

namespace {

using namespace innonet;
using namespace innonet::centrality;

const CsrGraph& input(const benchmark::State& state, Direction direction = Direction::directed,
                      bench::Weighting weighting = bench::Weighting::unweighted) {
  return bench::graph(bench::Family(state.range(0)), static_cast<int>(state.range(1)), direction,
                      weighting);
}

void label(benchmark::State& state, const CsrGraph& g) {
  state.SetLabel(std::string(bench::family_name(bench::Family(state.range(0)))) +
                 " n=" + std::to_string(g.num_nodes()) + " m=" + std::to_string(g.num_arcs()));
}

void BM_degree(benchmark::State& state) {
  const CsrGraph& g = input(state);
  for (auto _ : state) benchmark::DoNotOptimize(degree_centrality(g));
  state.counters["edges/s"] =
      benchmark::Counter(double(g.num_arcs()), benchmark::Counter::kIsIterationInvariantRate);
  label(state, g);
}
BENCHMARK(BM_degree)->ArgsProduct({bench::kFamilies, {16, 20}})->UseRealTime();

// A fixed number of sweeps (tolerance 0), so the time per sweep is comparable across graphs;
// "sweep_s" is the time of one sweep including the setup amortised over 20.
void BM_pagerank(benchmark::State& state) {
  const auto weighting = state.range(2) ? bench::Weighting::weighted : bench::Weighting::unweighted;
  const CsrGraph& g = input(state, Direction::directed, weighting);
  PageRankResult r;
  for (auto _ : state)
    benchmark::DoNotOptimize(r = pagerank(g, {.tolerance_l1 = 0.0, .max_iterations = 20}));
  state.counters["edges/s"] = benchmark::Counter(double(g.num_arcs()) * r.iterations,
                                                 benchmark::Counter::kIsIterationInvariantRate);
  state.counters["sweep_s"] = benchmark::Counter(
      r.iterations, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  label(state, g);
}
BENCHMARK(BM_pagerank)
    ->ArgsProduct({bench::kFamilies, {18, 20}, {0, 1}})
    ->Args({0, 22, 0})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// PageRank to graph-tool's default stopping rule (epsilon 1e-6 on the L1 change), as timed by
// bench/compare against graph-tool.
void BM_pagerank_converged(benchmark::State& state) {
  const CsrGraph& g = input(state);
  PageRankResult r;
  for (auto _ : state) benchmark::DoNotOptimize(r = pagerank(g, {.tolerance_l1 = 1e-6}));
  state.counters["iterations"] = r.iterations;
  label(state, g);
}
BENCHMARK(BM_pagerank_converged)
    ->ArgsProduct({{0}, {18, 20}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_eigenvector(benchmark::State& state) {
  const CsrGraph& g = input(state, Direction::undirected);
  IterativeResult r;
  for (auto _ : state)
    benchmark::DoNotOptimize(
        r = eigenvector_centrality(g, {.tolerance_l1 = 0.0, .max_iterations = 20}));
  state.counters["edges/s"] = benchmark::Counter(double(g.num_arcs()) * r.iterations,
                                                 benchmark::Counter::kIsIterationInvariantRate);
  label(state, g);
}
BENCHMARK(BM_eigenvector)
    ->ArgsProduct({bench::kFamilies, {16, 18}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_katz(benchmark::State& state) {
  const CsrGraph& g = input(state);
  IterativeResult r;
  for (auto _ : state)
    benchmark::DoNotOptimize(
        r = katz_centrality(g, {.alpha = 1e-3, .tolerance_l1 = 0.0, .max_iterations = 20}));
  state.counters["edges/s"] = benchmark::Counter(double(g.num_arcs()) * r.iterations,
                                                 benchmark::Counter::kIsIterationInvariantRate);
  label(state, g);
}
BENCHMARK(BM_katz)
    ->ArgsProduct({bench::kFamilies, {16, 18}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_hits(benchmark::State& state) {
  const CsrGraph& g = input(state);
  HitsResult r;
  for (auto _ : state)
    benchmark::DoNotOptimize(r = hits(g, {.tolerance_l1 = 0.0, .max_iterations = 20}));
  state.counters["edges/s"] = benchmark::Counter(2.0 * double(g.num_arcs()) * r.iterations,
                                                 benchmark::Counter::kIsIterationInvariantRate);
  label(state, g);
}
BENCHMARK(BM_hits)
    ->ArgsProduct({bench::kFamilies, {16, 18}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// Brandes from a fixed sample of 256 sources: "source_s" is the time per source.
void BM_betweenness(benchmark::State& state) {
  const auto direction = state.range(2) ? Direction::undirected : Direction::directed;
  const CsrGraph& g = input(state, direction);
  const auto sources = sample_sources(g.num_nodes(), 256, 1);
  for (auto _ : state) benchmark::DoNotOptimize(approximate_betweenness(g, sources, 0.1));
  state.counters["source_s"] =
      benchmark::Counter(double(sources.size()), benchmark::Counter::kIsIterationInvariantRate |
                                                     benchmark::Counter::kInvert);
  state.counters["edges/s"] = benchmark::Counter(double(g.num_arcs()) * sources.size(),
                                                 benchmark::Counter::kIsIterationInvariantRate);
  label(state, g);
}
BENCHMARK(BM_betweenness)
    ->ArgsProduct({{0}, {16, 18}, {0, 1}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_betweenness_weighted(benchmark::State& state) {
  const CsrGraph& g = input(state, Direction::directed, bench::Weighting::weighted);
  const auto sources = sample_sources(g.num_nodes(), 64, 1);
  for (auto _ : state) benchmark::DoNotOptimize(approximate_betweenness(g, sources, 0.1));
  state.counters["source_s"] =
      benchmark::Counter(double(sources.size()), benchmark::Counter::kIsIterationInvariantRate |
                                                     benchmark::Counter::kInvert);
  label(state, g);
}
BENCHMARK(BM_betweenness_weighted)
    ->ArgsProduct({{0}, {14, 16}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_betweenness_exact(benchmark::State& state) {
  const CsrGraph& g = input(state);
  for (auto _ : state) benchmark::DoNotOptimize(betweenness(g));
  label(state, g);
}
BENCHMARK(BM_betweenness_exact)
    ->ArgsProduct({bench::kFamilies, {10, 12}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_edge_betweenness(benchmark::State& state) {
  const CsrGraph& g = input(state);
  for (auto _ : state) benchmark::DoNotOptimize(edge_betweenness(g));
  label(state, g);
}
BENCHMARK(BM_edge_betweenness)
    ->ArgsProduct({bench::kFamilies, {10, 12}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_closeness(benchmark::State& state) {
  const CsrGraph& g = input(state);
  for (auto _ : state) benchmark::DoNotOptimize(closeness_centrality(g));
  label(state, g);
}
BENCHMARK(BM_closeness)
    ->ArgsProduct({bench::kFamilies, {12, 14}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_harmonic(benchmark::State& state) {
  const CsrGraph& g = input(state);
  for (auto _ : state) benchmark::DoNotOptimize(harmonic_centrality(g));
  label(state, g);
}
BENCHMARK(BM_harmonic)
    ->ArgsProduct({bench::kFamilies, {12, 14}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// Freeman centralization of a PageRank vector: one pass over the scores.
void BM_centralization(benchmark::State& state) {
  const CsrGraph& g = input(state);
  const auto scores = pagerank(g).score;
  for (auto _ : state) benchmark::DoNotOptimize(freeman_centralization(scores, 1.0));
  label(state, g);
}
BENCHMARK(BM_centralization)->ArgsProduct({bench::kFamilies, {16, 20}})->UseRealTime();

void BM_clustering(benchmark::State& state) {
  const CsrGraph& g = input(state, Direction::undirected);
  for (auto _ : state) benchmark::DoNotOptimize(clustering(g));
  label(state, g);
}
BENCHMARK(BM_clustering)
    ->ArgsProduct({bench::kFamilies, {12, 14}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_structural_holes(benchmark::State& state) {
  const CsrGraph& g = input(state, Direction::undirected);
  for (auto _ : state) benchmark::DoNotOptimize(structural_holes(g));
  label(state, g);
}
BENCHMARK(BM_structural_holes)
    ->ArgsProduct({bench::kFamilies, {12, 14}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_brokerage(benchmark::State& state) {
  const CsrGraph& g = input(state);
  std::vector<int> group(g.num_nodes());
  for (Vertex v = 0; v < g.num_nodes(); ++v) group[v] = v % 5;
  for (auto _ : state) benchmark::DoNotOptimize(brokerage(g, group));
  label(state, g);
}
BENCHMARK(BM_brokerage)
    ->ArgsProduct({bench::kFamilies, {12, 14}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
