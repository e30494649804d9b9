// Generation throughput of the synthetic network generators, in edges per second.
#include <benchmark/benchmark.h>

#include <cstdint>

#include "algorithms/generators/barabasi_albert.hpp"
#include "algorithms/generators/erdos_renyi.hpp"
#include "algorithms/generators/geometric.hpp"
#include "algorithms/generators/lfr.hpp"
#include "algorithms/generators/rmat.hpp"
#include "algorithms/generators/stochastic_block.hpp"
#include "algorithms/generators/watts_strogatz.hpp"
#include "bench/support/graphs.hpp"

namespace {

using namespace innonet;
using namespace innonet::generators;

void set_rate(benchmark::State& state, std::int64_t edges) {
  state.counters["edges"] = static_cast<double>(edges);
  state.counters["edges/s"] =
      benchmark::Counter(static_cast<double>(edges), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_rmat(benchmark::State& state) {
  const int scale = static_cast<int>(state.range(0));
  EdgeList edges;
  for (auto _ : state) benchmark::DoNotOptimize(edges = rmat({.scale = scale, .seed = 1}));
  set_rate(state, std::ssize(edges.sources));
}
BENCHMARK(BM_rmat)->Arg(16)->Arg(20)->Arg(22)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_erdos_renyi(benchmark::State& state) {
  const auto n = static_cast<Vertex>(std::int64_t{1} << state.range(0));
  EdgeList edges;
  for (auto _ : state)
    benchmark::DoNotOptimize(edges = erdos_renyi({.num_nodes = n, .num_edges = 16LL * n}));
  set_rate(state, std::ssize(edges.sources));
}
BENCHMARK(BM_erdos_renyi)->Arg(16)->Arg(20)->Arg(22)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_barabasi_albert(benchmark::State& state) {
  const auto n = static_cast<Vertex>(std::int64_t{1} << state.range(0));
  EdgeList edges;
  for (auto _ : state)
    benchmark::DoNotOptimize(edges = barabasi_albert({.num_nodes = n, .edges_per_node = 8}));
  set_rate(state, std::ssize(edges.sources));
}
BENCHMARK(BM_barabasi_albert)->Arg(16)->Arg(20)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_watts_strogatz(benchmark::State& state) {
  const auto n = static_cast<Vertex>(std::int64_t{1} << state.range(0));
  EdgeList edges;
  for (auto _ : state)
    benchmark::DoNotOptimize(
        edges = watts_strogatz({.num_nodes = n, .neighbors = 16, .rewire_probability = 0.1}));
  set_rate(state, std::ssize(edges.sources));
}
BENCHMARK(BM_watts_strogatz)->Arg(16)->Arg(20)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_planted_partition(benchmark::State& state) {
  const auto n = static_cast<Vertex>(std::int64_t{1} << state.range(0));
  const auto options = planted_partition(n, n / 1024, 16.0, 0.2);
  PlantedPartition g;
  for (auto _ : state) benchmark::DoNotOptimize(g = stochastic_block_model(options));
  set_rate(state, std::ssize(g.edges.sources));
}
BENCHMARK(BM_planted_partition)
    ->Arg(16)
    ->Arg(20)
    ->Arg(22)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_lfr(benchmark::State& state) {
  const auto n = static_cast<Vertex>(std::int64_t{1} << state.range(0));
  LfrGraph g;
  for (auto _ : state)
    benchmark::DoNotOptimize(g = lfr({.num_nodes = n,
                                      .average_degree = 16,
                                      .max_degree = 100,
                                      .mixing = 0.3,
                                      .min_community = 20,
                                      .max_community = 500}));
  set_rate(state, std::ssize(g.edges.sources));
}
BENCHMARK(BM_lfr)->Arg(14)->Arg(18)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_random_geometric(benchmark::State& state) {
  const auto n = static_cast<Vertex>(std::int64_t{1} << state.range(0));
  const double radius = geometric_radius_for_degree(n, 16.0);
  GeometricGraph g;
  for (auto _ : state)
    benchmark::DoNotOptimize(g = random_geometric({.num_nodes = n, .radius = radius}));
  set_rate(state, std::ssize(g.edges.sources));
}
BENCHMARK(BM_random_geometric)
    ->Arg(16)
    ->Arg(20)
    ->Arg(22)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The cached benchmark graphs' build cost (generation plus CSR build), reported once.
void BM_bench_graph(benchmark::State& state) {
  const auto family = bench::Family(state.range(0));
  const int scale = static_cast<int>(state.range(1));
  for (auto _ : state) {
    const EdgeList edges = bench::edge_list(family, scale);
    benchmark::DoNotOptimize(
        build_csr(edges, {.merge = MergeRule::max, .self_loops = SelfLoops::drop}));
  }
  state.SetLabel(bench::family_name(family));
  set_rate(state, bench::kEdgeFactor * (std::int64_t{1} << scale));
}
BENCHMARK(BM_bench_graph)
    ->ArgsProduct({bench::kFamilies, {16, 20}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
