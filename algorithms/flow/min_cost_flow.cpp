#include "algorithms/flow/min_cost_flow.hpp"

#include <cmath>
#include <functional>
#include <queue>
#include <stdexcept>
#include <string>
#include <utility>

#include "algorithms/flow/residual.hpp"

namespace innonet::flow {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

void check_costs(const CsrGraph& g, std::span<const double> cost, double volume) {
  if (std::ssize(cost) != g.num_arcs())
    throw std::invalid_argument("cost_per_unit: " + std::to_string(cost.size()) + " values for " +
                                std::to_string(g.num_arcs()) + " arcs");
  for (std::size_t a = 0; a < cost.size(); ++a)
    if (!(cost[a] >= 0.0) || !std::isfinite(cost[a]))
      throw std::invalid_argument("cost_per_unit: arc " + std::to_string(a) + " costs " +
                                  std::to_string(cost[a]) + "; costs must be finite and >= 0");
  if (!(volume >= 0.0)) throw std::invalid_argument("volume: must be >= 0");
}

struct Search {
  std::vector<double> dist;
  std::vector<ArcIndex> via;  // residual arc into each vertex on the shortest-path tree
};

// Dijkstra on reduced costs from every source; returns the nearest sink or kNoVertex.
Vertex shortest_augmenting_path(const ResidualNetwork& net, const std::vector<double>& residual,
                                const std::vector<double>& cost, const std::vector<double>& pi,
                                std::span<const Vertex> sources, const std::vector<char>& is_sink,
                                Search& s) {
  std::fill(s.dist.begin(), s.dist.end(), kInf);
  std::fill(s.via.begin(), s.via.end(), -1);
  std::vector<char> done(net.num_nodes, 0);
  using Entry = std::pair<double, Vertex>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  for (const Vertex v : sources) {
    s.dist[v] = 0.0;
    heap.emplace(0.0, v);
  }
  Vertex found = kNoVertex;
  while (!heap.empty()) {
    const auto [d, u] = heap.top();
    heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    if (is_sink[u] && found == kNoVertex) found = u;  // keep settling: potentials need all
    for (ArcIndex a = net.offsets[u]; a < net.offsets[u + 1]; ++a) {
      if (residual[a] <= 0.0) continue;
      const Vertex v = net.head[a];
      const double reduced = std::max(0.0, cost[a] + pi[u] - pi[v]);  // >= 0 up to rounding
      if (done[v] || d + reduced >= s.dist[v]) continue;
      s.dist[v] = d + reduced;
      s.via[v] = a;
      heap.emplace(s.dist[v], v);
    }
  }
  return found;
}

}  // namespace

MinCostFlowResult min_cost_flow(const CsrGraph& g, std::span<const double> cost_per_unit,
                                std::span<const Vertex> sources, std::span<const Vertex> sinks,
                                const MinCostFlowOptions& options) {
  check_terminals(sources, g.num_nodes(), "sources");
  check_terminals(sinks, g.num_nodes(), "sinks");
  check_disjoint(sources, sinks, g.num_nodes(), "sources", "sinks");
  check_costs(g, cost_per_unit, options.volume);
  const ResidualNetwork net = build_residual(g, UndirectedArcs::split);
  std::vector<double> cost(net.num_arcs());
  for (ArcIndex a = 0; a < net.num_arcs(); ++a)
    cost[a] = net.csr_arc[a] >= 0 ? cost_per_unit[net.csr_arc[a]]
                                  : -cost_per_unit[net.csr_arc[net.pair[a]]];
  std::vector<double> residual = net.capacity, pi(g.num_nodes(), 0.0);
  std::vector<char> is_sink(g.num_nodes(), 0), is_source(g.num_nodes(), 0);
  for (const Vertex t : sinks) is_sink[t] = 1;
  for (const Vertex v : sources) is_source[v] = 1;
  MinCostFlowResult r;
  Search s{std::vector<double>(g.num_nodes()), std::vector<ArcIndex>(g.num_nodes())};
  while (r.flow_value < options.volume) {
    const Vertex t = shortest_augmenting_path(net, residual, cost, pi, sources, is_sink, s);
    if (t == kNoVertex) break;
    for (Vertex v = 0; v < g.num_nodes(); ++v)
      if (s.dist[v] < kInf) pi[v] += s.dist[v];
    double delta = options.volume - r.flow_value;
    for (Vertex v = t; !is_source[v]; v = net.head[net.pair[s.via[v]]])
      delta = std::min(delta, residual[s.via[v]]);
    for (Vertex v = t; !is_source[v]; v = net.head[net.pair[s.via[v]]]) {
      residual[s.via[v]] -= delta;
      residual[net.pair[s.via[v]]] += delta;
    }
    r.flow_value += delta;
    ++r.augmentations;
  }
  r.volume_met = r.flow_value == options.volume;
  r.arc_flow.assign(g.num_arcs(), 0.0);
  for (ArcIndex a = 0; a < g.num_arcs(); ++a) {
    const ArcIndex f = net.forward[a];
    r.arc_flow[a] = net.capacity[f] - residual[f];
    r.cost += r.arc_flow[a] * cost_per_unit[a];
  }
  return r;
}

}  // namespace innonet::flow
