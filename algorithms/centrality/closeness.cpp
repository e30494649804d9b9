#include "algorithms/centrality/closeness.hpp"

#include "algorithms/centrality/shortest_path_dag.hpp"

namespace innonet::centrality {
namespace {

// score[v] = finish(reached, distances in settle order) for each v, one search into v each.
template <class Finish>
std::vector<double> per_node(const CsrGraph& g, const ClosenessOptions& o, Finish&& finish) {
  check_weights(g, o.weights, ZeroWeights::refused, "weights");
  const Vertex n = g.num_nodes();
  const PathLength length = reads_weights(g, o.weights) ? PathLength::weighted : PathLength::hops;
  std::vector<double> score(n, 0.0);
#pragma omp parallel if (n > kParallelHeavy)
  {
    ShortestPathDag dag(n);
#pragma omp for schedule(dynamic, 16)
    for (Vertex v = 0; v < n; ++v) {
      dag.search(g, v, length, Traverse::in_arcs, 0.0);
      score[v] = finish(dag);
    }
  }
  return score;
}

}  // namespace

std::vector<double> closeness_centrality(const CsrGraph& g, const ClosenessOptions& options) {
  const double n = g.num_nodes();
  const bool wf = options.scale == ClosenessScale::wasserman_faust;
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
