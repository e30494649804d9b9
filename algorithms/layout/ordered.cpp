#include "algorithms/layout/ordered.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <vector>

namespace innonet::layout {

Layout circular_layout(std::span<const Vertex> order, double radius) {
  const auto n = static_cast<Vertex>(order.size());
  Layout layout{std::vector<double>(order.size(), std::numeric_limits<double>::quiet_NaN()),
                std::vector<double>(order.size(), std::numeric_limits<double>::quiet_NaN())};
  for (Vertex i = 0; i < n; ++i) {
    const Vertex v = order[i];
    if (v < 0 || v >= n || !std::isnan(layout.x[v]))
      throw std::invalid_argument("circular_layout: order must be a permutation of 0..n-1");
    const double angle = 2 * std::numbers::pi * i / n;
    layout.x[v] = radius * std::sin(angle);
    layout.y[v] = radius * std::cos(angle);
  }
  return layout;
}

Layout layered_layout(const CsrGraph& g, std::span<const std::int32_t> layer) {
  const Vertex n = g.num_nodes();
  if (static_cast<Vertex>(layer.size()) != n)
    throw std::invalid_argument("layered_layout: one layer per vertex is needed");
  const double nan = std::numeric_limits<double>::quiet_NaN();
  Layout layout{std::vector<double>(static_cast<std::size_t>(n), nan),
                std::vector<double>(static_cast<std::size_t>(n), nan)};
  const std::int32_t depth = n ? *std::max_element(layer.begin(), layer.end()) + 1 : 0;
  std::vector<std::vector<Vertex>> rows(static_cast<std::size_t>(std::max(depth, 0)));
  for (Vertex v = 0; v < n; ++v)
    if (layer[v] >= 0) rows[layer[v]].push_back(v);
  std::vector<double> key(static_cast<std::size_t>(n), 0.0);
  for (std::int32_t r = 0; r < depth; ++r) {
    auto& row = rows[r];
    if (r > 0)
      for (Vertex v : row) {
        double sum = 0.0;
        int count = 0;
        const auto visit = [&](std::span<const Vertex> nbrs) {
          for (Vertex u : nbrs)
            if (layer[u] == r - 1) sum += layout.x[u], ++count;
        };
        visit(g.out_neighbors(v));
        if (g.is_directed()) visit(g.in_neighbors(v));
        key[v] = count ? sum / count : std::numeric_limits<double>::max();
      }
    std::stable_sort(row.begin(), row.end(), [&](Vertex a, Vertex b) { return key[a] < key[b]; });
    for (std::size_t i = 0; i < row.size(); ++i) {
      layout.x[row[i]] = static_cast<double>(i) - static_cast<double>(row.size() - 1) / 2;
      layout.y[row[i]] = -static_cast<double>(r);
    }
  }
  return layout;
}

}  // namespace innonet::layout
