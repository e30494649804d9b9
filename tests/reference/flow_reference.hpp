#pragma once
// Serial, obviously-right twins of the flow kernels (algorithms/flow/), for comparison on small
// random graphs: Edmonds–Karp on a dense capacity matrix. Never used outside tests.
#include <algorithm>
#include <limits>
#include <queue>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::reference {

// Maximum flow value from a set of sources to a set of sinks (super-terminals n and n+1 with
// unlimited arcs). Capacities: CSR weights (1 if unweighted), undirected edges both ways.
inline double max_flow_value(const CsrGraph& g, std::span<const Vertex> sources,
                             std::span<const Vertex> sinks) {
  const int n = g.num_nodes() + 2, s = n - 2, t = n - 1;
  const double unlimited = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> cap(n, std::vector<double>(n, 0.0));
  const auto w = g.out_weight_array();
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a)
      if (g.out_targets()[a] != u) cap[u][g.out_targets()[a]] += w.empty() ? 1.0 : w[a];
  for (const Vertex v : sources) cap[s][v] = unlimited;
  for (const Vertex v : sinks) cap[v][t] = unlimited;
  double total = 0.0;
  while (true) {
    std::vector<int> parent(n, -1);
    parent[s] = s;
    std::queue<int> queue;
    queue.push(s);
    while (!queue.empty() && parent[t] < 0) {
      const int u = queue.front();
      queue.pop();
      for (int v = 0; v < n; ++v)
        if (parent[v] < 0 && cap[u][v] > 0.0) {
          parent[v] = u;
          queue.push(v);
        }
    }
    if (parent[t] < 0) return total;
    double bottleneck = unlimited;
    for (int v = t; v != s; v = parent[v]) bottleneck = std::min(bottleneck, cap[parent[v]][v]);
    for (int v = t; v != s; v = parent[v]) {
      cap[parent[v]][v] -= bottleneck;
      cap[v][parent[v]] += bottleneck;
    }
    total += bottleneck;
  }
}

}  // namespace innonet::reference
