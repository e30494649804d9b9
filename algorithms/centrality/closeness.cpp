#include "algorithms/centrality/closeness.hpp"

#include <algorithm>
#include <optional>

#include "algorithms/centrality/multi_source_bfs.hpp"
#include "algorithms/centrality/shortest_path_dag.hpp"
#include "engine/parallel_error.hpp"

namespace innonet::centrality {
namespace {

// Hop lengths: score[v] = finish(sums of v's distances), 64 nodes per bit-parallel BFS. Batches
// are consecutive node ranges, each one thread's, so the sums are the same at any thread count.
template <class Finish>
std::vector<double> per_node_hops(const CsrGraph& g, Finish&& finish) {
  const Vertex n = g.num_nodes();
  std::vector<double> score(n, 0.0);
  const Vertex batches = (n + kBfsBatch - 1) / kBfsBatch;
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel if (batches > 1)
  {
    std::optional<MultiSourceBfs> bfs;
    error.run([&] { bfs.emplace(n); });
    std::vector<Vertex> sources;
    std::vector<DistanceSums> sums;
#pragma omp for schedule(dynamic, 1)
    for (Vertex b = 0; b < batches; ++b) {
      error.run([&] {
        const Vertex first = b * kBfsBatch;
        const Vertex last = std::min<Vertex>(n, first + kBfsBatch);
        sources.clear();
        for (Vertex v = first; v < last; ++v) sources.push_back(v);
        sums.assign(sources.size(), DistanceSums{});
        bfs->run(g, sources, Traverse::in_arcs, sums);
        for (Vertex v = first; v < last; ++v) score[v] = finish(sums[v - first]);
      });
    }
  }
  error.rethrow();
  return score;
}

// score[v] = finish(reached, distances in settle order) for each v, one search into v each.
template <class Finish>
std::vector<double> per_node(const CsrGraph& g, const ClosenessOptions& o, Finish&& finish) {
  check_weights(g, o.weights, ZeroWeights::refused, "weights");
  const Vertex n = g.num_nodes();
  const PathLength length = reads_weights(g, o.weights) ? PathLength::weighted : PathLength::hops;
  std::vector<double> score(n, 0.0);
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel if (n > kParallelHeavy)
  {
    std::optional<ShortestPathDag> dag;
    error.run([&] { dag.emplace(n); });
#pragma omp for schedule(dynamic, 16)
    for (Vertex v = 0; v < n; ++v) {
      error.run([&] {
        dag->search(g, v, length, Traverse::in_arcs, 0.0);
        score[v] = finish(*dag);
      });
    }
  }
  error.rethrow();
  return score;
}

}  // namespace

std::vector<double> closeness_centrality(const CsrGraph& g, const ClosenessOptions& options) {
  const double n = g.num_nodes();
  const bool wf = options.scale == ClosenessScale::wasserman_faust;
  if (!reads_weights(g, options.weights)) {
    return per_node_hops(g, [&](const DistanceSums& sums) {
      const double others = static_cast<double>(sums.reached) - 1.0;
      const double total = static_cast<double>(sums.hop_sum);
      if (!(total > 0.0) || n <= 1) return 0.0;
      const double c = others / total;
      return wf ? c * others / (n - 1.0) : c;
    });
  }
  return per_node(g, options, [&](const ShortestPathDag& dag) {
    double total = 0.0;
    for (const Vertex u : dag.order()) total += dag.distance(u);
    const double others = static_cast<double>(dag.order().size()) - 1.0;
    if (!(total > 0.0) || n <= 1) return 0.0;
    const double c = others / total;
    return wf ? c * others / (n - 1.0) : c;
  });
}

std::vector<double> harmonic_centrality(const CsrGraph& g, const ClosenessOptions& options) {
  if (!reads_weights(g, options.weights)) {
    return per_node_hops(g, [](const DistanceSums& sums) { return sums.inverse_hop_sum; });
  }
  return per_node(g, options, [](const ShortestPathDag& dag) {
    double total = 0.0;
    for (const Vertex u : dag.order()) {
      const double d = dag.distance(u);
      if (d > 0.0) total += 1.0 / d;
    }
    return total;
  });
}

}  // namespace innonet::centrality
