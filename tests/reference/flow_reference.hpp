#pragma once
// Serial, obviously-right twins of the flow kernels (algorithms/flow/), for comparison on small
// random graphs: Edmonds–Karp on a dense capacity matrix. Never used outside tests.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <queue>
#include <span>
#include <utility>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::reference {

// Edmonds–Karp from a set of sources to a set of sinks (super-terminals n and n+1 with
// unlimited arcs). Capacities: CSR weights (1 if unweighted), undirected edges both ways.
// Returns the flow value and the final residual capacities (n + 2 square).
struct EdmondsKarp {
  double value = 0.0;
  std::vector<std::vector<double>> residual;
};

inline EdmondsKarp edmonds_karp(const CsrGraph& g, std::span<const Vertex> sources,
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
    if (parent[t] < 0) return {total, std::move(cap)};
    double bottleneck = unlimited;
    for (int v = t; v != s; v = parent[v]) bottleneck = std::min(bottleneck, cap[parent[v]][v]);
    for (int v = t; v != s; v = parent[v]) {
      cap[parent[v]][v] -= bottleneck;
      cap[v][parent[v]] += bottleneck;
    }
    total += bottleneck;
  }
}

inline double max_flow_value(const CsrGraph& g, std::span<const Vertex> sources,
                             std::span<const Vertex> sinks) {
  return edmonds_karp(g, sources, sinks).value;
}

// The source side of the minimum cut closest to the sources: the vertices reachable from the
// sources in the residual network of a maximum flow (the same set for every maximum flow).
inline std::vector<std::uint8_t> min_cut_source_side(const CsrGraph& g,
                                                     std::span<const Vertex> sources,
                                                     std::span<const Vertex> sinks) {
  const auto residual = edmonds_karp(g, sources, sinks).residual;
  const int n = g.num_nodes();
  std::vector<std::uint8_t> side(static_cast<std::size_t>(n), 0);
  std::queue<int> queue;
  for (const Vertex v : sources) side[v] = 1, queue.push(v);
  while (!queue.empty()) {
    const int u = queue.front();
    queue.pop();
    for (int v = 0; v < n; ++v)
      if (!side[v] && residual[u][v] > 0.0) side[v] = 1, queue.push(v);
  }
  return side;
}

// Minimum cost of a maximum flow source -> sink by cycle cancelling (Klein 1967): a maximum flow
// by BFS augmentation on an arc list, then negative residual cycles (Bellman–Ford) cancelled
// until none is left. Directed graphs; costs parallel to the CSR out-arcs. Returns {flow, cost}.
inline std::pair<double, double> max_flow_min_cost(const CsrGraph& g, Vertex source, Vertex sink,
                                                   const std::vector<double>& cost) {
  struct Arc {
    int from, to;
    double residual, cost;
  };
  std::vector<Arc> arcs;  // arc 2i forward, 2i+1 its reverse
  const auto w = g.out_weight_array();
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      arcs.push_back({u, g.out_targets()[a], w.empty() ? 1.0 : w[a], cost[a]});
      arcs.push_back({g.out_targets()[a], u, 0.0, -cost[a]});
    }
  const int n = g.num_nodes();
  double flow = 0.0;
  while (true) {  // Edmonds–Karp over the arc list
    std::vector<int> via(n, -1);
    std::vector<char> seen(n, 0);
    std::queue<int> queue;
    queue.push(source);
    seen[source] = 1;
    while (!queue.empty()) {
      const int u = queue.front();
      queue.pop();
      for (std::size_t i = 0; i < arcs.size(); ++i)
        if (arcs[i].from == u && arcs[i].residual > 0 && !seen[arcs[i].to]) {
          seen[arcs[i].to] = 1;
          via[arcs[i].to] = static_cast<int>(i);
          queue.push(arcs[i].to);
        }
    }
    if (!seen[sink]) break;
    double delta = std::numeric_limits<double>::infinity();
    for (int v = sink; v != source; v = arcs[via[v]].from)
      delta = std::min(delta, arcs[via[v]].residual);
    for (int v = sink; v != source; v = arcs[via[v]].from) {
      arcs[via[v]].residual -= delta;
      arcs[via[v] ^ 1].residual += delta;
    }
    flow += delta;
  }
  while (true) {  // Bellman–Ford from a virtual root: find and cancel a negative cycle
    std::vector<double> d(n, 0.0);
    std::vector<int> via(n, -1);
    int last = -1;
    for (int round = 0; round < n; ++round) {
      last = -1;
      for (std::size_t i = 0; i < arcs.size(); ++i)
        if (arcs[i].residual > 0 && d[arcs[i].from] + arcs[i].cost < d[arcs[i].to] - 1e-12) {
          d[arcs[i].to] = d[arcs[i].from] + arcs[i].cost;
          via[arcs[i].to] = static_cast<int>(i);
          last = arcs[i].to;
        }
    }
    if (last < 0) break;
    for (int i = 0; i < n; ++i) last = arcs[via[last]].from;  // step back onto the cycle
    double delta = std::numeric_limits<double>::infinity();
    int v = last;
    do {
      delta = std::min(delta, arcs[via[v]].residual);
      v = arcs[via[v]].from;
    } while (v != last);
    do {
      arcs[via[v]].residual -= delta;
      arcs[via[v] ^ 1].residual += delta;
      v = arcs[via[v]].from;
    } while (v != last);
  }
  double total = 0.0;
  for (std::size_t i = 0; i < arcs.size(); i += 2) total += arcs[i + 1].residual * arcs[i].cost;
  return {flow, total};
}

// Weak components by depth-first search on a dense symmetric adjacency matrix; vertices with
// gone[v] are left out. component[v] = -1 for those, else an index.
inline std::vector<int> weak_components(const CsrGraph& g, const std::vector<char>& gone) {
  const int n = g.num_nodes();
  std::vector<std::vector<char>> adjacent(n, std::vector<char>(n, 0));
  for (Vertex u = 0; u < n; ++u)
    for (const Vertex v : g.out_neighbors(u)) adjacent[u][v] = adjacent[v][u] = 1;
  std::vector<int> component(n, -1);
  int count = 0;
  for (int root = 0; root < n; ++root) {
    if (gone[root] || component[root] >= 0) continue;
    std::vector<int> stack{root};
    component[root] = count;
    while (!stack.empty()) {
      const int u = stack.back();
      stack.pop_back();
      for (int v = 0; v < n; ++v)
        if (adjacent[u][v] && !gone[v] && component[v] < 0) {
          component[v] = count;
          stack.push_back(v);
        }
    }
    ++count;
  }
  return component;
}

inline int largest_weak_component(const CsrGraph& g, const std::vector<char>& gone) {
  const auto component = weak_components(g, gone);
  std::vector<int> size(g.num_nodes() + 1, 0);
  for (const int c : component)
    if (c >= 0) ++size[c];
  return *std::max_element(size.begin(), size.end());
}

inline bool weakly_connected(const CsrGraph& g, const std::vector<Vertex>& a,
                             const std::vector<Vertex>& b, const std::vector<char>& gone) {
  const auto component = weak_components(g, gone);
  for (const Vertex x : a)
    for (const Vertex y : b)
      if (component[x] >= 0 && component[x] == component[y]) return true;
  return false;
}

}  // namespace innonet::reference
