// Force-directed layouts (algorithms/layout/) on Barabási–Albert graphs with 10 edges per node:
// ForceAtlas2 and Fruchterman–Reingold, both with Barnes–Hut repulsion; 10 iterations per
// benchmark iteration. Arguments: nodes, threads. The comparison with igraph on 100k nodes / 1M
// edges is bench/compare/layout_runner.cpp + layout_peers.py; figures in bench/RESULTS.md.
#include <benchmark/benchmark.h>
#include <omp.h>

#include <map>

#include "algorithms/generators/barabasi_albert.hpp"
#include "algorithms/layout/force_atlas2.hpp"
#include "algorithms/layout/fruchterman_reingold.hpp"
#include "engine/csr_build.hpp"

namespace innonet {
namespace {

const CsrGraph& ba_graph(Vertex nodes) {
  static std::map<Vertex, CsrGraph> cache;  // generated once per process, outside timing
  auto it = cache.find(nodes);
  if (it == cache.end())
    it = cache
             .emplace(nodes, build_csr(generators::barabasi_albert(
                                           {.num_nodes = nodes, .edges_per_node = 10, .seed = 1}),
                                       {.direction = Direction::undirected,
                                        .merge = MergeRule::sum,
                                        .self_loops = SelfLoops::drop}))
             .first;
  return it->second;
}

void BM_force_atlas2(benchmark::State& state) {
  const CsrGraph& g = ba_graph(static_cast<Vertex>(state.range(0)));
  omp_set_num_threads(static_cast<int>(state.range(1)));
  for (auto _ : state)
    benchmark::DoNotOptimize(layout::force_atlas2(g, {.iterations = 10}).layout.x.data());
  state.counters["node_iterations/s"] =
      benchmark::Counter(10.0 * g.num_nodes(), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_force_atlas2)
    ->ArgsProduct({{10'000, 100'000}, {1, 2}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_fruchterman_reingold(benchmark::State& state) {
  const CsrGraph& g = ba_graph(static_cast<Vertex>(state.range(0)));
  omp_set_num_threads(static_cast<int>(state.range(1)));
  for (auto _ : state)
    benchmark::DoNotOptimize(layout::fruchterman_reingold(g, {.iterations = 10}).layout.x.data());
  state.counters["node_iterations/s"] =
      benchmark::Counter(10.0 * g.num_nodes(), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_fruchterman_reingold)
    ->ArgsProduct({{10'000, 100'000}, {1, 2}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace innonet
