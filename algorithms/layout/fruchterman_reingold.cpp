#include "algorithms/layout/fruchterman_reingold.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>
#include <vector>

#include "algorithms/layout/barnes_hut.hpp"

namespace innonet::layout {
namespace {

void check(const CsrGraph& g, const FruchtermanReingoldOptions& o) {
  if (o.iterations < 0)
    throw std::invalid_argument("fruchterman_reingold: iterations must be >= 0");
  if (!(o.optimal_distance > 0))
    throw std::invalid_argument("fruchterman_reingold: optimal_distance must be > 0");
  if (o.barnes_hut_theta < 0 || o.start_temperature < 0)
    throw std::invalid_argument(
        "fruchterman_reingold: barnes_hut_theta and start_temperature must be >= 0");
  if (o.initial &&
      (o.initial->size() != g.num_nodes() || o.initial->y.size() != o.initial->x.size()))
    throw std::invalid_argument(
        "fruchterman_reingold: initial layout must have one point per node");
}

void pull(std::span<const Vertex> row, std::span<const double> weights, Vertex u, const Layout& p,
          double k, double& fx, double& fy) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    const double dx = p.x[u] - p.x[row[i]], dy = p.y[u] - p.y[row[i]];
    const double factor = (weights.empty() ? 1.0 : weights[i]) * std::hypot(dx, dy) / k;
    fx -= dx * factor, fy -= dy * factor;
  }
}

}  // namespace

FruchtermanReingoldResult fruchterman_reingold(const CsrGraph& g,
                                               const FruchtermanReingoldOptions& options) {
  check(g, options);
  const Vertex n = g.num_nodes();
  const double k = options.optimal_distance;
  FruchtermanReingoldResult result;
  result.layout =
      options.initial ? *options.initial : random_layout(n, options.seed, std::sqrt(double(n)) * k);
  Layout& p = result.layout;
  const bool barnes_hut = options.repulsion == Repulsion::barnes_hut ||
                          (options.repulsion == Repulsion::automatic && n >= 1'000);
  const double start =
      options.start_temperature > 0 ? options.start_temperature : std::sqrt(double(n)) / 10 * k;
  std::vector<double> fx(static_cast<std::size_t>(n)), fy(fx.size());
  for (int it = 0; it < options.iterations; ++it) {
    const double temperature = start * (1.0 - double(it) / options.iterations);
    std::optional<QuadTree> tree;
    if (barnes_hut) tree.emplace(p.x, p.y, std::span<const double>{});
#pragma omp parallel for schedule(dynamic, 256)
    for (Vertex u = 0; u < n; ++u) {
      double x = 0.0, y = 0.0;
      if (tree) {
        const auto r = tree->inverse_square_sum(u, options.barnes_hut_theta);
        x = k * k * r[0], y = k * k * r[1];
      } else {
        for (Vertex v = 0; v < n; ++v) {
          const double dx = p.x[u] - p.x[v], dy = p.y[u] - p.y[v];
          const double d2 = dx * dx + dy * dy;
          if (d2 > 0) x += k * k * dx / d2, y += k * k * dy / d2;
        }
      }
      pull(g.out_neighbors(u), g.out_weights(u), u, p, k, x, y);
      if (g.is_directed()) pull(g.in_neighbors(u), g.in_weights(u), u, p, k, x, y);
      fx[u] = x, fy[u] = y;
    }
#pragma omp parallel for schedule(static)
    for (Vertex v = 0; v < n; ++v) {
      const double length = std::hypot(fx[v], fy[v]);
      if (length <= 0) continue;
      const double step = std::min(length, temperature) / length;
      p.x[v] += fx[v] * step, p.y[v] += fy[v] * step;
    }
    result.iterations = it + 1;
  }
  return result;
}

}  // namespace innonet::layout
