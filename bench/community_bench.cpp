// Community kernels on graphs with planted communities (algorithms/generators/):
//   planted: stochastic block model, blocks of 500 vertices, average degree 16, mixing 0.3
//            (30% of each vertex's edges leave its block), n = 2^scale;
//   lfr:     LFR benchmark, average degree 16, max degree 100, mixing 0.3, n = 2^scale.
// Arguments: family (0 planted, 1 lfr), scale, threads. Counters: the modularity reached, the
// number of communities and the NMI against the planted communities.
// igraph 0.10.2's community_multilevel on the same planted graph (written out as an edge list),
// measured 2026-11-25 on the shared 2-core CI-class VM under a load average of 13-19, so only
// process CPU seconds are comparable (wall times were 4-12x CPU):
//   scale 17 (131k nodes, 1.05M edges): igraph 4.6-5.2 s CPU, Q 0.691-0.693; ours 1 thread:
//     Leiden 1.8 s CPU, Q 0.6956; Louvain 1.3 s CPU, Q 0.6955.
//   scale 20 (1.05M nodes, 8.4M edges): igraph 72.2 s CPU, Q 0.69840; ours: Leiden 25.6 s CPU
//     (1 thread) / 26.8 s CPU (2 threads), Q 0.69968; Louvain 21.4 / 21.9 s CPU, Q 0.69961
//     (same membership at 1 and 2 threads). That is 2.8x (Leiden) and 3.4x (Louvain) less CPU
//     than igraph at higher modularity; the 6x-at-2-threads target is not shown to be met.
#include <benchmark/benchmark.h>
#include <omp.h>

#include <map>
#include <mutex>
#include <utility>

#include "algorithms/community/compare.hpp"
#include "algorithms/community/label_propagation.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/community/louvain.hpp"
#include "algorithms/community/modularity.hpp"
#include "algorithms/generators/lfr.hpp"
#include "algorithms/generators/stochastic_block.hpp"

namespace innonet {
namespace {

struct PlantedGraph {
  CsrGraph graph;
  std::vector<Vertex> truth;
};

PlantedGraph make_planted(int family, int scale) {
  const Vertex n = Vertex{1} << scale;
  if (family == 0) {
    auto planted = generators::stochastic_block_model(
        generators::planted_partition(n, std::max(1, n / 500), 16.0, 0.3, 7));
    return {build_csr(planted.edges, {.direction = Direction::undirected}),
            std::move(planted.community)};
  }
  auto lfr = generators::lfr({.num_nodes = n,
                              .average_degree = 16.0,
                              .max_degree = 100,
                              .degree_exponent = 2.5,
                              .community_exponent = 1.5,
                              .mixing = 0.3,
                              .min_community = 50,
                              .max_community = 1000,
                              .seed = 7});
  return {build_csr(lfr.edges, {.direction = Direction::undirected}), std::move(lfr.community)};
}

// Made once per process, outside the timed loops.
const PlantedGraph& planted_graph(int family, int scale) {
  static std::mutex mutex;
  static std::map<std::pair<int, int>, PlantedGraph> cache;
  const std::lock_guard lock(mutex);
  auto it = cache.find({family, scale});
  if (it == cache.end())
    it = cache.emplace(std::pair{family, scale}, make_planted(family, scale)).first;
  return it->second;
}

const PlantedGraph& setup(benchmark::State& state) {
  omp_set_num_threads(static_cast<int>(state.range(2)));
  return planted_graph(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
}

void report(benchmark::State& state, const PlantedGraph& p, const community::CommunityResult& r) {
  state.counters["modularity"] = r.quality;
  state.counters["communities"] = r.num_communities;
  state.counters["nmi"] = community::normalized_mutual_information(r.membership, p.truth);
  state.counters["edges/s"] = benchmark::Counter(static_cast<double>(p.graph.num_edges()),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}

void BM_leiden(benchmark::State& state) {
  const PlantedGraph& p = setup(state);
  community::CommunityResult r;
  for (auto _ : state) benchmark::DoNotOptimize(r = community::leiden(p.graph, {.seed = 1}));
  report(state, p, r);
}

void BM_louvain(benchmark::State& state) {
  const PlantedGraph& p = setup(state);
  community::CommunityResult r;
  for (auto _ : state) benchmark::DoNotOptimize(r = community::louvain(p.graph, {.seed = 1}));
  report(state, p, r);
}

void BM_label_propagation(benchmark::State& state) {
  const PlantedGraph& p = setup(state);
  community::CommunityResult r;
  for (auto _ : state)
    benchmark::DoNotOptimize(r = community::label_propagation(p.graph, {.seed = 1}));
  report(state, p, r);
}

void BM_modularity(benchmark::State& state) {
  const PlantedGraph& p = setup(state);
  double q = 0.0;
  for (auto _ : state) benchmark::DoNotOptimize(q = community::modularity(p.graph, p.truth));
  state.counters["modularity"] = q;
  state.counters["edges/s"] = benchmark::Counter(static_cast<double>(p.graph.num_edges()),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}

#define COMMUNITY_BENCHMARK(name)                   \
  BENCHMARK(name)                                   \
      ->ArgsProduct({{0, 1}, {14, 17, 20}, {1, 2}}) \
      ->ArgNames({"family", "scale", "threads"})    \
      ->UseRealTime()                               \
      ->Unit(benchmark::kMillisecond)

COMMUNITY_BENCHMARK(BM_leiden);
COMMUNITY_BENCHMARK(BM_louvain);
COMMUNITY_BENCHMARK(BM_label_propagation);
COMMUNITY_BENCHMARK(BM_modularity);

}  // namespace
}  // namespace innonet
