// Flow kernels on generated graphs (bench/support/graphs.hpp). Max-flow runs between the two
// vertices of highest out-degree (ties: smaller id), the hub-to-hub query of issue acceptance 4;
// capacities are the generator's integer weights in [1, 100).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

#include "algorithms/flow/gomory_hu.hpp"
#include "algorithms/flow/max_flow.hpp"
#include "algorithms/flow/min_cost_flow.hpp"
#include "bench/support/graphs.hpp"

namespace {
using namespace innonet;

std::pair<Vertex, Vertex> two_hubs(const CsrGraph& g) {
  std::vector<Vertex> order(g.num_nodes());
  std::iota(order.begin(), order.end(), 0);
  std::partial_sort(order.begin(), order.begin() + 2, order.end(), [&](Vertex a, Vertex b) {
    return g.out_degree(a) != g.out_degree(b) ? g.out_degree(a) > g.out_degree(b) : a < b;
  });
  return {order[0], order[1]};
}

const CsrGraph& weighted(const benchmark::State& state, Direction direction) {
  return bench::graph(bench::Family(state.range(0)), static_cast<int>(state.range(1)), direction,
                      bench::Weighting::weighted);
}

void run_max_flow(benchmark::State& state, Direction direction) {
  const CsrGraph& g = weighted(state, direction);
  const auto [s, t] = two_hubs(g);
  flow::MaxFlowResult r;
  for (auto _ : state) benchmark::DoNotOptimize(r = flow::max_flow(g, s, t));
  state.counters["value"] = r.value;
  state.counters["pushes"] = static_cast<double>(r.pushes);
  state.counters["edges"] = static_cast<double>(g.num_edges());
  state.SetLabel(bench::family_name(bench::Family(state.range(0))));
}

void BM_max_flow_directed(benchmark::State& state) { run_max_flow(state, Direction::directed); }
void BM_max_flow_undirected(benchmark::State& state) { run_max_flow(state, Direction::undirected); }
BENCHMARK(BM_max_flow_directed)
    ->ArgsProduct({bench::kFamilies, {14, 16, 18}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_max_flow_undirected)
    ->ArgsProduct({bench::kFamilies, {14, 16, 18}})
    ->Unit(benchmark::kMillisecond);

void BM_max_flow_value_only(benchmark::State& state) {
  const CsrGraph& g = weighted(state, Direction::directed);
  const auto [s, t] = two_hubs(g);
  for (auto _ : state)
    benchmark::DoNotOptimize(flow::max_flow(g, s, t, {.detail = flow::FlowDetail::value_only}));
}
BENCHMARK(BM_max_flow_value_only)->ArgsProduct({{0}, {14, 16, 18}})->Unit(benchmark::kMillisecond);

void BM_gomory_hu(benchmark::State& state) {
  const CsrGraph& g = weighted(state, Direction::undirected);
  for (auto _ : state) benchmark::DoNotOptimize(flow::gomory_hu(g));
  state.counters["flows/s"] = benchmark::Counter(static_cast<double>(g.num_nodes() - 1),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_gomory_hu)->ArgsProduct({bench::kFamilies, {8, 10}})->Unit(benchmark::kMillisecond);

void BM_min_cost_flow(benchmark::State& state) {
  const CsrGraph& g = weighted(state, Direction::directed);
  const auto [s, t] = two_hubs(g);
  std::vector<double> cost(g.num_arcs());
  for (ArcIndex a = 0; a < g.num_arcs(); ++a) cost[a] = static_cast<double>(a % 10 + 1);
  const std::vector<Vertex> sources{s}, sinks{t};
  const double volume = flow::max_flow(g, s, t).value / 2;
  flow::MinCostFlowResult r;
  for (auto _ : state)
    benchmark::DoNotOptimize(r = flow::min_cost_flow(g, cost, sources, sinks, {.volume = volume}));
  state.counters["augmentations"] = static_cast<double>(r.augmentations);
}
BENCHMARK(BM_min_cost_flow)
    ->ArgsProduct({bench::kFamilies, {10, 12}})
    ->Unit(benchmark::kMillisecond);

}  // namespace
