#include "algorithms/flow/attack.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/flow/resilience.hpp"
#include "engine/random.hpp"

namespace innonet::flow {
namespace {

std::vector<Vertex> by_score(const std::vector<double>& score) {
  std::vector<Vertex> order(score.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](Vertex a, Vertex b) { return score[a] > score[b]; });
  return order;
}

std::vector<double> total_degree(const CsrGraph& g) {
  std::vector<double> degree(g.num_nodes());
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    degree[v] = static_cast<double>(g.out_degree(v) + (g.is_directed() ? g.in_degree(v) : 0));
  return degree;
}

// Adaptive degree order: always the remaining vertex of highest remaining degree.
std::vector<Vertex> adaptive_degree_order(const CsrGraph& g, Vertex steps) {
  std::vector<double> degree = total_degree(g);
  std::set<std::pair<double, Vertex>> queue;  // (-degree, vertex): begin() is the next victim
  for (Vertex v = 0; v < g.num_nodes(); ++v) queue.emplace(-degree[v], v);
  std::vector<std::uint8_t> gone(g.num_nodes(), 0);
  std::vector<Vertex> order;
  while (std::ssize(order) < steps) {
    const Vertex v = queue.begin()->second;
    queue.erase(queue.begin());
    gone[v] = 1;
    order.push_back(v);
    for (const auto row : {g.out_neighbors(v), g.in_neighbors(v)}) {
      for (const Vertex w : row) {
        if (gone[w]) continue;
        queue.erase({-degree[w], w});
        degree[w] -= 1.0;
        queue.emplace(-degree[w], w);
      }
      if (!g.is_directed()) break;  // the in-row is the out-row
    }
  }
  return order;
}

std::vector<Vertex> adaptive_betweenness_order(const CsrGraph& g, Vertex steps) {
  std::vector<Vertex> order;
  std::vector<std::uint8_t> gone(g.num_nodes(), 0);
  while (std::ssize(order) < steps) {
    const CsrGraph rest = remove_vertices(g, order);
    const auto score = centrality::betweenness(rest, {.weights = centrality::EdgeWeights::ignore});
    for (const Vertex v : by_score(score.score))
      if (!gone[v]) {
        gone[v] = 1;
        order.push_back(v);
        break;
      }
  }
  return order;
}

Vertex find(std::vector<Vertex>& parent, Vertex v) {
  while (parent[v] != v) v = parent[v] = parent[parent[v]];
  return v;
}

}  // namespace

AttackResult attack(const CsrGraph& g, const AttackOptions& options) {
  const Vertex n = g.num_nodes();
  if (options.steps < -1 || options.steps > n)
    throw std::invalid_argument("steps: must be -1 (all) or 0.." + std::to_string(n));
  const Vertex steps = options.steps < 0 ? n : options.steps;
  AttackResult r;
  const bool adaptive = options.recompute == Recompute::each_step;
  if (options.order == AttackOrder::random) {
    r.removed.resize(n);
    std::iota(r.removed.begin(), r.removed.end(), 0);
    SplitMix64 rng(options.seed);  // engine/random.hpp: the same order with any standard library
    rng.shuffle(std::span<Vertex>(r.removed));
  } else if (options.order == AttackOrder::degree) {
    r.removed = adaptive ? adaptive_degree_order(g, steps) : by_score(total_degree(g));
  } else {
    r.removed =
        adaptive
            ? adaptive_betweenness_order(g, steps)
            : by_score(
                  centrality::betweenness(g, {.weights = centrality::EdgeWeights::ignore}).score);
  }
  r.removed.resize(steps);
  // Add vertices back in reverse order; vertices never removed are present from the start.
  std::vector<std::uint8_t> present(n, 1);
  for (const Vertex v : r.removed) present[v] = 0;
  std::vector<Vertex> parent(n), size(n, 1);
  std::iota(parent.begin(), parent.end(), 0);
  Vertex largest = 0;
  const auto join_neighbours = [&](Vertex u) {
    largest = std::max<Vertex>(largest, 1);
    for (const auto row : {g.out_neighbors(u), g.in_neighbors(u)})
      for (const Vertex v : row) {
        if (!present[v]) continue;
        Vertex x = find(parent, u), y = find(parent, v);
        if (x == y) continue;
        if (size[x] < size[y]) std::swap(x, y);
        parent[y] = x;
        size[x] += size[y];
        largest = std::max(largest, size[x]);
      }
  };
  for (Vertex u = 0; u < n; ++u)
    if (present[u]) join_neighbours(u);
  r.largest_component.assign(steps + 1, 0);
  r.largest_component[steps] = largest;
  for (Vertex k = steps - 1; k >= 0; --k) {
    present[r.removed[k]] = 1;
    join_neighbours(r.removed[k]);
    r.largest_component[k] = largest;
  }
  return r;
}

}  // namespace innonet::flow
