#include "algorithms/flow/gomory_hu.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

#include "algorithms/flow/push_relabel.hpp"
#include "algorithms/flow/residual.hpp"
#include "engine/parallel_error.hpp"

namespace innonet::flow {

GomoryHuTree gomory_hu(const CsrGraph& g) {
  if (g.is_directed())
    throw std::invalid_argument("graph: the Gomory-Hu tree needs an undirected graph");
  const Vertex n = g.num_nodes();
  const ResidualNetwork net = build_residual(g, UndirectedArcs::shared);
  detail::PushRelabel engine(net);
  GomoryHuTree tree;
  tree.parent.assign(n, 0);
  tree.cut_value.assign(n, 0.0);
  std::vector<std::uint8_t> sink_side;
  for (Vertex s = 1; s < n; ++s) {
    const Vertex t = tree.parent[s];
    const Vertex source[] = {s};
    const Vertex sink[] = {t};
    engine.reset();
    engine.saturate_from(source);
    engine.run(sink, source);
    ++tree.max_flow_runs;
    const double value = engine.excess(t);
    engine.mark_reaching(sink, sink_side);  // the rest is a minimum cut's source side
    tree.cut_value[s] = value;
    for (Vertex i = 0; i < n; ++i)
      if (i != s && !sink_side[i] && tree.parent[i] == t) tree.parent[i] = s;
    if (!sink_side[tree.parent[t]]) {  // Gusfield's swap: keeps the tree a cut tree
      tree.parent[s] = tree.parent[t];
      tree.parent[t] = s;
      tree.cut_value[s] = tree.cut_value[t];
      tree.cut_value[t] = value;
    }
  }
  if (n > 0) {  // vertex 0 stays the root throughout (its parent slot is never moved)
    tree.parent[0] = kNoVertex;
    tree.cut_value[0] = 0.0;
  }
  return tree;
}

namespace {
// Depth of each vertex in the tree (root depth 0), by following parents with memoisation.
std::vector<std::int32_t> depths(const GomoryHuTree& tree) {
  const auto n = static_cast<Vertex>(tree.parent.size());
  std::vector<std::int32_t> depth(n, -1);
  std::vector<Vertex> chain;
  for (Vertex v = 0; v < n; ++v) {
    Vertex x = v;
    while (x != kNoVertex && depth[x] < 0) {
      chain.push_back(x);
      x = tree.parent[x];
    }
    std::int32_t d = x == kNoVertex ? -1 : depth[x];
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) depth[*it] = ++d;
    chain.clear();
  }
  return depth;
}
}  // namespace

double min_cut_value(const GomoryHuTree& tree, Vertex u, Vertex v) {
  double best = std::numeric_limits<double>::infinity();
  const auto depth = depths(tree);
  while (u != v) {  // climb from the deeper end until the paths meet
    if (depth[u] < depth[v]) std::swap(u, v);
    best = std::min(best, tree.cut_value[u]);
    u = tree.parent[u];
  }
  return best;
}

std::vector<double> all_pairs_min_cut(const GomoryHuTree& tree) {
  const auto n = static_cast<Vertex>(tree.parent.size());
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<Vertex>> adjacent(n);
  std::vector<std::vector<double>> weight(n);
  for (Vertex v = 0; v < n; ++v)
    if (tree.parent[v] != kNoVertex) {
      adjacent[v].push_back(tree.parent[v]);
      weight[v].push_back(tree.cut_value[v]);
      adjacent[tree.parent[v]].push_back(v);
      weight[tree.parent[v]].push_back(tree.cut_value[v]);
    }
  std::vector<double> values(static_cast<std::size_t>(n) * n, inf);
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel for schedule(dynamic, 16)
  for (Vertex u = 0; u < n; ++u) {  // each row written by one thread: deterministic
    error.run([&] {
      double* row = values.data() + static_cast<std::size_t>(u) * n;
      std::vector<Vertex> stack{u};
      std::vector<char> seen(n, 0);
      seen[u] = 1;
      while (!stack.empty()) {
        const Vertex x = stack.back();
        stack.pop_back();
        for (std::size_t i = 0; i < adjacent[x].size(); ++i) {
          const Vertex y = adjacent[x][i];
          if (seen[y]) continue;
          seen[y] = 1;
          row[y] = std::min(x == u ? inf : row[x], weight[x][i]);
          stack.push_back(y);
        }
      }
    });
  }
  error.rethrow();
  return values;
}

}  // namespace innonet::flow
