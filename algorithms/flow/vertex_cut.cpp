// minimum_vertex_cut, node_disjoint_paths and top_movers (declared in resilience.hpp).
#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "algorithms/flow/max_flow.hpp"
#include "algorithms/flow/residual.hpp"
#include "algorithms/flow/resilience.hpp"
#include "engine/csr_build.hpp"

namespace innonet::flow {

namespace {

// The vertex-split network of Menger's theorem: v_in = 2v, v_out = 2v + 1, joined by capacity 1
// (`unlimited` for the vertices of a and b); every arc u -> v (self-loops aside) becomes
// u_out -> v_in and v_out -> u_in of capacity `tie`. Max flow from a's v_out to b's v_in.
MaxFlowResult split_flow(const CsrGraph& g, std::span<const Vertex> a, std::span<const Vertex> b,
                         double tie, double unlimited, FlowDetail detail) {
  const Vertex n = g.num_nodes();
  std::vector<std::uint8_t> terminal(n, 0);
  for (const Vertex v : a) terminal[v] = 1;
  for (const Vertex v : b) terminal[v] = 1;
  EdgeList split;
  split.num_nodes = 2 * n;
  const auto add = [&](Vertex u, Vertex v, double capacity) {
    split.sources.push_back(u);
    split.targets.push_back(v);
    split.weights.push_back(capacity);
  };
  for (Vertex v = 0; v < n; ++v) add(2 * v, 2 * v + 1, terminal[v] ? unlimited : 1.0);
  for (Vertex u = 0; u < n; ++u)
    for (const Vertex v : g.out_neighbors(u)) {
      if (u == v) continue;
      add(2 * u + 1, 2 * v, tie);
      add(2 * v + 1, 2 * u, tie);
    }
  const CsrGraph network = build_csr(split, {.merge = MergeRule::max});
  std::vector<Vertex> sources, sinks;
  for (const Vertex v : a) sources.push_back(2 * v + 1);
  for (const Vertex v : b) sinks.push_back(2 * v);
  return max_flow(network, sources, sinks, {.detail = detail});
}

void check_sets(const CsrGraph& g, std::span<const Vertex> a, std::span<const Vertex> b) {
  check_terminals(a, g.num_nodes(), "sources");
  check_terminals(b, g.num_nodes(), "sinks");
  check_disjoint(a, b, g.num_nodes(), "sources", "sinks");
}

}  // namespace

VertexCut minimum_vertex_cut(const CsrGraph& g, std::span<const Vertex> a,
                             std::span<const Vertex> b) {
  check_sets(g, a, b);
  VertexCut cut;
  if (!sets_connected(g, a, b)) return cut;
  // Any cut of unlimited arcs costs more than cutting every non-terminal vertex.
  const double unlimited = static_cast<double>(g.num_nodes()) + 1.0;
  const auto r = split_flow(g, a, b, unlimited, unlimited, FlowDetail::flow_and_cut);
  if (r.value >= unlimited) return cut;  // a and b are adjacent
  cut.exists = true;
  for (const auto& arc : r.cut) cut.vertices.push_back(arc.from / 2);  // only v_in -> v_out
  std::sort(cut.vertices.begin(), cut.vertices.end());
  return cut;
}

std::int64_t node_disjoint_paths(const CsrGraph& g, std::span<const Vertex> a,
                                 std::span<const Vertex> b) {
  check_sets(g, a, b);
  const double unlimited = static_cast<double>(g.num_nodes()) + 1.0;
  const auto r = split_flow(g, a, b, 1.0, unlimited, FlowDetail::value_only);
  return std::llround(r.value);
}

std::vector<Vertex> top_movers(std::span<const double> before, std::span<const double> after,
                               std::int64_t k, std::span<const Vertex> removed) {
  if (before.size() != after.size())
    throw std::invalid_argument("after: scores of a different length than before");
  std::vector<std::uint8_t> gone(before.size(), 0);
  for (const Vertex v : removed) gone.at(v) = 1;
  std::vector<Vertex> order;
  for (Vertex v = 0; v < std::ssize(before); ++v)
    if (!gone[v]) order.push_back(v);
  const auto moved = [&](Vertex v) { return std::abs(after[v] - before[v]); };
  std::stable_sort(order.begin(), order.end(),
                   [&](Vertex x, Vertex y) { return moved(x) > moved(y); });
  if (std::ssize(order) > k) order.resize(k);
  return order;
}

}  // namespace innonet::flow
