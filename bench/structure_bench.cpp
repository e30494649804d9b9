// Structure kernels on generated graphs (bench/support/graphs.hpp). Undirected kernels run on the
// undirected projection of the same R-MAT / G(n, m) edges. Core–periphery is serial and
// quadratic in the worst case (discrete search), so it runs on small scales only.
#include <benchmark/benchmark.h>

#include "algorithms/structure/biconnectivity.hpp"
#include "algorithms/structure/components.hpp"
#include "algorithms/structure/core_periphery.hpp"
#include "algorithms/structure/k_core.hpp"
#include "algorithms/structure/triangles.hpp"
#include "bench/support/graphs.hpp"

namespace innonet {
namespace {

const CsrGraph& bench_graph(const benchmark::State& state, Direction direction) {
  return bench::graph(bench::Family(state.range(0)), static_cast<int>(state.range(1)), direction);
}

void set_edge_rate(benchmark::State& state, const CsrGraph& g) {
  state.counters["edges/s"] = benchmark::Counter(static_cast<double>(g.num_edges()),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}

void BM_weak_components(benchmark::State& state) {
  const CsrGraph& g = bench_graph(state, Direction(state.range(2)));
  structure::ComponentsResult r;
  for (auto _ : state) benchmark::DoNotOptimize(r = structure::weak_components(g));
  state.counters["components"] = r.count;
  set_edge_rate(state, g);
}
BENCHMARK(BM_weak_components)
    ->ArgsProduct({bench::kFamilies, {16, 18, 20}, {0, 1}})
    ->ArgNames({"family", "scale", "undirected"})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// Without Afforest's sampled rounds: every arc goes through the union-find (the baseline the
// sampling is meant to beat).
void BM_weak_components_unsampled(benchmark::State& state) {
  const CsrGraph& g = bench_graph(state, Direction(state.range(2)));
  structure::ComponentsResult r;
  for (auto _ : state)
    benchmark::DoNotOptimize(r = structure::weak_components(g, {.sample_rounds = 0}));
  state.counters["components"] = r.count;
  set_edge_rate(state, g);
}
BENCHMARK(BM_weak_components_unsampled)
    ->ArgsProduct({bench::kFamilies, {16, 18, 20}, {0, 1}})
    ->ArgNames({"family", "scale", "undirected"})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_strong_components(benchmark::State& state) {
  const CsrGraph& g = bench_graph(state, Direction::directed);
  structure::ComponentsResult r;
  for (auto _ : state) benchmark::DoNotOptimize(r = structure::strong_components(g));
  state.counters["components"] = r.count;
  set_edge_rate(state, g);
}
BENCHMARK(BM_strong_components)
    ->ArgsProduct({bench::kFamilies, {16, 18, 20}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_core_number(benchmark::State& state) {
  const CsrGraph& g = bench_graph(state, Direction(state.range(2)));
  structure::CoreNumberResult r;
  for (auto _ : state) benchmark::DoNotOptimize(r = structure::core_number(g));
  state.counters["max_core"] = r.max_core;
  state.counters["levels"] = r.levels;
  set_edge_rate(state, g);
}
BENCHMARK(BM_core_number)
    ->ArgsProduct({bench::kFamilies, {16, 18, 20}, {0, 1}})
    ->ArgNames({"family", "scale", "undirected"})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_triangles(benchmark::State& state) {
  const CsrGraph& g = bench_graph(state, Direction::undirected);
  const auto output = structure::TriangleOutput(state.range(2));
  structure::TriangleResult r;
  for (auto _ : state) benchmark::DoNotOptimize(r = structure::triangles(g, {.output = output}));
  state.counters["triangles"] = static_cast<double>(r.total);
  set_edge_rate(state, g);
}
BENCHMARK(BM_triangles)
    ->ArgsProduct({bench::kFamilies, {16, 18, 20}, {0, 1}})
    ->ArgNames({"family", "scale", "per_vertex"})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_articulation_points_and_bridges(benchmark::State& state) {
  const CsrGraph& g = bench_graph(state, Direction::undirected);
  structure::BiconnectivityResult r;
  for (auto _ : state) benchmark::DoNotOptimize(r = structure::articulation_points_and_bridges(g));
  state.counters["articulation_points"] = static_cast<double>(r.articulation_points.size());
  state.counters["bridges"] = static_cast<double>(r.bridges.size());
  set_edge_rate(state, g);
}
BENCHMARK(BM_articulation_points_and_bridges)
    ->ArgsProduct({bench::kFamilies, {16, 18, 20}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_continuous_core_periphery(benchmark::State& state) {
  const CsrGraph& g = bench_graph(state, Direction::undirected);
  structure::ContinuousCoreResult r;
  for (auto _ : state)
    benchmark::DoNotOptimize(r = structure::continuous_core_periphery(g, {.tolerance_max = 1e-9}));
  state.counters["iterations"] = r.iterations;
  state.counters["correlation"] = r.correlation;
}
BENCHMARK(BM_continuous_core_periphery)
    ->ArgsProduct({bench::kFamilies, {10, 12, 14}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_discrete_core_periphery(benchmark::State& state) {
  const CsrGraph& g = bench_graph(state, Direction::undirected);
  structure::DiscreteCoreResult r;
  for (auto _ : state)
    benchmark::DoNotOptimize(r = structure::discrete_core_periphery(g, {.restarts = 2}));
  state.counters["core_size"] = static_cast<double>(r.core.size());
  state.counters["correlation"] = r.correlation;
}
BENCHMARK(BM_discrete_core_periphery)
    ->ArgsProduct({bench::kFamilies, {8, 10}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace innonet
