// Path kernels on generated graphs (bench/support/graphs.hpp). The source is the vertex of
// highest out-degree (R-MAT's hub), so every search reaches the giant component.
#include <benchmark/benchmark.h>

#include <algorithm>

#include "algorithms/paths/bfs.hpp"
#include "algorithms/paths/dijkstra.hpp"
#include "algorithms/paths/k_shortest_paths.hpp"
#include "algorithms/paths/widest_path.hpp"
#include "bench/support/graphs.hpp"

namespace {
using namespace innonet;

Vertex hub(const CsrGraph& g) {
  Vertex best = 0;
  for (Vertex v = 1; v < g.num_nodes(); ++v)
    if (g.out_degree(v) > g.out_degree(best)) best = v;
  return best;
}

void run_bfs(benchmark::State& state, paths::BfsStrategy strategy) {
  const CsrGraph& g = bench::graph(bench::Family(state.range(0)), static_cast<int>(state.range(1)));
  const Vertex source = hub(g);
  paths::BfsResult r;
  for (auto _ : state) benchmark::DoNotOptimize(r = paths::bfs(g, source, {.strategy = strategy}));
  state.counters["edges/s"] = benchmark::Counter(static_cast<double>(g.num_arcs()),
                                                 benchmark::Counter::kIsIterationInvariantRate);
  state.counters["bottom_up_levels"] = r.bottom_up_levels;
  state.SetLabel(bench::family_name(bench::Family(state.range(0))));
}
void BM_bfs(benchmark::State& state) { run_bfs(state, paths::BfsStrategy::direction_optimizing); }
void BM_bfs_top_down(benchmark::State& state) { run_bfs(state, paths::BfsStrategy::top_down); }
void BM_bfs_bottom_up(benchmark::State& state) { run_bfs(state, paths::BfsStrategy::bottom_up); }
BENCHMARK(BM_bfs)->ArgsProduct({bench::kFamilies, {16, 18, 20}})->UseRealTime();
BENCHMARK(BM_bfs_top_down)->ArgsProduct({bench::kFamilies, {16, 18, 20}})->UseRealTime();
BENCHMARK(BM_bfs_bottom_up)->ArgsProduct({bench::kFamilies, {16, 18, 20}})->UseRealTime();

void BM_dijkstra(benchmark::State& state) {
  const CsrGraph& g = bench::graph(bench::Family(state.range(0)), static_cast<int>(state.range(1)),
                                   Direction::directed, bench::Weighting::weighted);
  const Vertex source = hub(g);
  for (auto _ : state) benchmark::DoNotOptimize(paths::dijkstra(g, source));
  state.counters["edges/s"] = benchmark::Counter(static_cast<double>(g.num_arcs()),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_dijkstra)->ArgsProduct({bench::kFamilies, {16, 18}})->Unit(benchmark::kMillisecond);

void BM_widest(benchmark::State& state) {
  const CsrGraph& g = bench::graph(bench::Family(state.range(0)), static_cast<int>(state.range(1)),
                                   Direction::directed, bench::Weighting::weighted);
  const Vertex source = hub(g);
  for (auto _ : state) benchmark::DoNotOptimize(paths::widest_paths(g, source));
}
BENCHMARK(BM_widest)->ArgsProduct({bench::kFamilies, {16, 18}})->Unit(benchmark::kMillisecond);

void BM_k_shortest(benchmark::State& state) {
  const CsrGraph& g = bench::graph(bench::Family(state.range(0)), static_cast<int>(state.range(1)),
                                   Direction::directed, bench::Weighting::weighted);
  const Vertex source = hub(g);
  const auto far = paths::bfs(g, source);
  const Vertex target = static_cast<Vertex>(
      std::max_element(far.distance.begin(), far.distance.end()) - far.distance.begin());
  for (auto _ : state)
    benchmark::DoNotOptimize(paths::k_shortest_paths(g, source, target, {.k = 10}));
}
BENCHMARK(BM_k_shortest)->ArgsProduct({bench::kFamilies, {12, 14}})->Unit(benchmark::kMillisecond);

}  // namespace
