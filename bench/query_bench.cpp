// `innonet query` on a generated 1M-node metropolitan network (algorithms/generators/metro.hpp,
// seed 7): the targets at 2 threads (the executor itself is serial; the thread count
// only matters to procedures) -- a 2-hop pattern from an indexed node < 10 ms, a filtered 2-hop
// aggregate over all universities < 1 s, a *1..3 reachability count from one node < 100 ms,
// parse + plan of a typical query < 1 ms. The network, its PropertyGraph and the query view are
// built once per process, outside the timing.
#include <benchmark/benchmark.h>
#include <omp.h>

#include <memory>
#include <mutex>

#include "algorithms/generators/metro.hpp"
#include "query/query_engine.hpp"

namespace innonet {
namespace {

struct Network {
  PropertyGraph graph;
  std::unique_ptr<query::GraphView> view;
  std::string university;  // id of a university with ties
  std::string hub;         // id of the university with the most ties
};

const Network& network() {
  static std::mutex lock;  // the benchmark process's cache, not library state
  static std::unique_ptr<Network> cached;
  std::lock_guard guard(lock);
  if (!cached) {
    const generators::MetroOptions options{.num_nodes = 1'000'000, .seed = 7};
    cached = std::make_unique<Network>(
        Network{generators::metro_property_graph(generators::metro(options), options)});
    cached->view = std::make_unique<query::GraphView>(cached->graph);
    const auto& v = *cached->view;
    std::size_t best = 0;
    for (const auto u : v.nodes_with_label(*v.find_label("university"))) {
      const auto degree = v.out(u).size() + v.in(u).size();
      if (cached->university.empty() && degree >= 4) cached->university = v.node_display(u);
      if (degree > best) best = degree, cached->hub = v.node_display(u);
    }
  }
  return *cached;
}

void run(benchmark::State& state, const std::string& text, const std::string& id) {
  const Network& n = network();
  omp_set_num_threads(2);
  const query::QueryOptions options{.params = {{"id", query::Value(id)}}};
  std::int64_t rows = 0;
  for (auto _ : state) {
    const auto r = query::run_query(*n.view, text, options);
    rows = r.rows.empty() || !r.rows[0][0].is_int() ? 0 : r.rows[0][0].as_int();
  }
  state.counters["result"] = double(rows);
  state.counters["nodes"] = double(n.view->num_nodes());
  state.counters["relationships"] = double(n.view->num_rels());
}

void BM_query_two_hop_from_indexed_node(benchmark::State& state) {
  run(state, "MATCH (u:university {id: $id})--(x)--(y) RETURN count(*)", network().university);
}
BENCHMARK(BM_query_two_hop_from_indexed_node)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_query_filtered_two_hop_aggregate_all_universities(benchmark::State& state) {
  run(state,
      "MATCH (u:university)-[r:branch|joint_lab|tech_transfer|co_innovation]-(x)-[:WITHIN]->(p) "
      "WHERE x.type <> 'university' RETURN count(*) AS ties, p.type AS parent",
      "");
}
BENCHMARK(BM_query_filtered_two_hop_aggregate_all_universities)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_query_reachability_1_to_3_hops(benchmark::State& state) {
  run(state, "MATCH (s {id: $id})-[*1..3]->(t) RETURN count(DISTINCT t)",
      state.range(0) == 0 ? network().university : network().hub);
}
BENCHMARK(BM_query_reachability_1_to_3_hops)
    ->Arg(0)  // a university with a few ties
    ->Arg(1)  // the university with the most ties
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_query_parse_and_plan(benchmark::State& state) {
  const Network& n = network();
  const std::string text =
      "MATCH (u:university)-[:branch]->(x)-[:WITHIN*0..]->(c:city {id: $id}) "
      "WHERE u.name STARTS WITH 'N' RETURN u.name AS university, count(*) AS bases "
      "ORDER BY bases DESC LIMIT 10";
  const query::QueryOptions options{.params = {{"id", query::Value("city-0")}}};
  for (auto _ : state) benchmark::DoNotOptimize(query::compile_query(*n.view, text, options));
}
BENCHMARK(BM_query_parse_and_plan)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace innonet
