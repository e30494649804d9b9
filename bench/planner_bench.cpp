// The planner end to end on synthetic metropolitan networks (algorithms/generators/metro.hpp):
// corridor scoring (ties, capacity, disjoint paths, single points, gravity fit) and
// recommendations, on 10^4 .. 10^6+ nodes. Target (issue: planner layer): a 1M-node network
// scored end to end (corridors + recommend) in under a minute on the 2-core reference machine.
// The network is generated and turned into a PropertyGraph once per size, outside the timing.
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <mutex>

#include "algorithms/generators/metro.hpp"
#include "algorithms/planner/corridor_score.hpp"
#include "algorithms/planner/recommend.hpp"

namespace innonet {
namespace {

const PropertyGraph& metro_graph(std::int64_t nodes) {
  static std::mutex lock;  // the benchmark process's cache, not library state
  static std::map<std::int64_t, std::unique_ptr<PropertyGraph>> cache;
  std::lock_guard guard(lock);
  auto& slot = cache[nodes];
  if (!slot) {
    const generators::MetroOptions options{.num_nodes = nodes, .seed = 7};
    slot = std::make_unique<PropertyGraph>(
        generators::metro_property_graph(generators::metro(options), options));
  }
  return *slot;
}

void BM_score_corridors(benchmark::State& state) {
  const PropertyGraph& g = metro_graph(state.range(0));
  const auto corridors = planner::declared_corridors(g);
  for (auto _ : state) benchmark::DoNotOptimize(planner::score_corridors(g, corridors));
  state.counters["nodes"] = static_cast<double>(g.num_nodes());
  state.counters["edges"] = static_cast<double>(g.num_edges());
  state.counters["corridors"] = static_cast<double>(corridors.size());
}
BENCHMARK(BM_score_corridors)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_recommend(benchmark::State& state) {
  const PropertyGraph& g = metro_graph(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(planner::recommend(g, {.kind = "flying_enclave"}));
  state.counters["nodes"] = static_cast<double>(g.num_nodes());
}
BENCHMARK(BM_recommend)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Both, as `innonet corridors` + `innonet recommend` would run them on one loaded graph.
void BM_planner_end_to_end(benchmark::State& state) {
  const PropertyGraph& g = metro_graph(state.range(0));
  for (auto _ : state) {
    benchmark::DoNotOptimize(planner::score_corridors(g, planner::declared_corridors(g)));
    benchmark::DoNotOptimize(planner::recommend(g, {.kind = "flying_enclave"}));
  }
  state.counters["nodes"] = static_cast<double>(g.num_nodes());
}
BENCHMARK(BM_planner_end_to_end)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

}  // namespace
}  // namespace innonet
