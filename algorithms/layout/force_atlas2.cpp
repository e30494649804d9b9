#include "algorithms/layout/force_atlas2.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "algorithms/layout/barnes_hut.hpp"

namespace innonet::layout {
namespace {

struct Settings {
  double scaling = 2.0;
  double jitter = 1.0;
  bool barnes_hut = true;
};

Settings gephi_defaults(const CsrGraph& g, const ForceAtlas2Options& o) {
  const Vertex n = g.num_nodes();
  Settings s;
  s.scaling = o.scaling_ratio > 0 ? o.scaling_ratio : (n < 100 ? 10.0 : 2.0);
  s.jitter =
      o.jitter_tolerance > 0 ? o.jitter_tolerance : (n < 5'000 ? 0.1 : (n < 50'000 ? 1.0 : 10.0));
  s.barnes_hut =
      o.repulsion == Repulsion::barnes_hut || (o.repulsion == Repulsion::automatic && n >= 1'000);
  return s;
}

void check(const CsrGraph& g, const ForceAtlas2Options& o) {
  if (o.iterations < 0) throw std::invalid_argument("force_atlas2: iterations must be >= 0");
  if (o.scaling_ratio < 0 || o.gravity < 0 || o.barnes_hut_theta < 0 || o.jitter_tolerance < 0)
    throw std::invalid_argument(
        "force_atlas2: scaling_ratio, gravity, jitter_tolerance and barnes_hut_theta must be >= 0");
  if (o.initial &&
      (o.initial->size() != g.num_nodes() || o.initial->y.size() != o.initial->x.size()))
    throw std::invalid_argument("force_atlas2: initial layout must have one point per node");
}

double edge_factor(double weight, double influence) {
  if (influence == 0) return 1.0;
  return influence == 1 ? weight : std::pow(weight, influence);
}

// Attraction on u from the arcs of one row (out or in).
void attract(std::span<const Vertex> row, std::span<const double> weights, Vertex u,
             const Layout& p, const ForceAtlas2Options& o, double coefficient, double& fx,
             double& fy) {
  for (std::size_t k = 0; k < row.size(); ++k) {
    const Vertex v = row[k];
    const double dx = p.x[u] - p.x[v], dy = p.y[u] - p.y[v];
    double factor =
        coefficient * edge_factor(weights.empty() ? 1.0 : weights[k], o.edge_weight_influence);
    if (o.attraction == AttractionModel::lin_log) {
      const double d = std::sqrt(dx * dx + dy * dy);
      if (d <= 0) continue;
      factor *= std::log1p(d) / d;
    }
    fx -= dx * factor, fy -= dy * factor;
  }
}

// Forces on every node from the current positions; each node writes only its own force.
void compute_forces(const CsrGraph& g, const Layout& p, std::span<const double> mass,
                    const ForceAtlas2Options& o, const Settings& s, std::vector<double>& fx,
                    std::vector<double>& fy) {
  const Vertex n = g.num_nodes();
  std::optional<QuadTree> tree;
  if (s.barnes_hut) tree.emplace(p.x, p.y, mass);
  const double theta = s.barnes_hut ? o.barnes_hut_theta : 0.0;
#pragma omp parallel for schedule(dynamic, 256)
  for (Vertex u = 0; u < n; ++u) {
    double x = 0.0, y = 0.0;
    if (tree) {
      const auto r = tree->inverse_square_sum(u, theta);
      x = s.scaling * mass[u] * r[0], y = s.scaling * mass[u] * r[1];
    } else {
      for (Vertex v = 0; v < n; ++v) {
        const double dx = p.x[u] - p.x[v], dy = p.y[u] - p.y[v];
        const double d2 = dx * dx + dy * dy;
        if (v == u || d2 <= 0) continue;
        x += s.scaling * mass[u] * mass[v] * dx / d2, y += s.scaling * mass[u] * mass[v] * dy / d2;
      }
    }
    const double d = std::sqrt(p.x[u] * p.x[u] + p.y[u] * p.y[u]);
    if (d > 0) {
      const double pull =
          o.gravity * mass[u] * (o.gravity_model == GravityModel::strong ? 1 : 1 / d);
      x -= p.x[u] * pull, y -= p.y[u] * pull;
    }
    const double coefficient = o.hubs == HubDissuasion::on ? 1.0 / mass[u] : 1.0;
    attract(g.out_neighbors(u), g.out_weights(u), u, p, o, coefficient, x, y);
    if (g.is_directed()) attract(g.in_neighbors(u), g.in_weights(u), u, p, o, coefficient, x, y);
    fx[u] = x, fy[u] = y;
  }
}

struct Speed {
  double speed = 1.0;
  double efficiency = 1.0;
};

// Gephi's adaptive speed (ForceAtlas2 paper, section "Adaptive speed"), from the totals.
void adjust_speed(Speed& sp, double swinging, double traction, Vertex n, double jitter) {
  const double optimal = 0.05 * std::sqrt(static_cast<double>(n));
  const double min_jt = std::sqrt(optimal), max_jt = 10.0;
  double jt = jitter *
              std::max(min_jt, std::min(max_jt, optimal * traction / (static_cast<double>(n) * n)));
  constexpr double kMinEfficiency = 0.05;
  if (traction > 0 && swinging / traction > 2.0) {
    if (sp.efficiency > kMinEfficiency) sp.efficiency *= 0.5;
    jt = std::max(jt, jitter);
  }
  if (swinging <= 0) return;  // nothing moves: keep the speed
  const double target = jt * sp.efficiency * traction / swinging;
  if (swinging > jt * traction) {
    if (sp.efficiency > kMinEfficiency) sp.efficiency *= 0.7;
  } else if (sp.speed < 1000) {
    sp.efficiency *= 1.3;
  }
  constexpr double kMaxRise = 0.5;
  sp.speed += std::min(target - sp.speed, kMaxRise * sp.speed);
}

}  // namespace

ForceAtlas2Result force_atlas2(const CsrGraph& g, const ForceAtlas2Options& options) {
  check(g, options);
  const Vertex n = g.num_nodes();
  const Settings settings = gephi_defaults(g, options);
  ForceAtlas2Result result;
  result.layout = options.initial ? *options.initial
                                  : random_layout(n, options.seed, std::sqrt(double(n)) * 10);
  Layout& p = result.layout;
  std::vector<double> mass(static_cast<std::size_t>(n));
  for (Vertex v = 0; v < n; ++v)
    mass[v] = 1.0 + static_cast<double>(g.out_degree(v) + (g.is_directed() ? g.in_degree(v) : 0));
  std::vector<double> fx(mass.size(), 0.0), fy(mass.size(), 0.0);
  std::vector<double> old_fx(mass.size(), 0.0), old_fy(mass.size(), 0.0);
  std::vector<double> swing(mass.size()), traction(mass.size());
  Speed sp;
  for (int it = 0; it < options.iterations; ++it) {
    std::swap(fx, old_fx), std::swap(fy, old_fy);
    compute_forces(g, p, mass, options, settings, fx, fy);
#pragma omp parallel for schedule(static)
    for (Vertex v = 0; v < n; ++v) {
      swing[v] = mass[v] * std::hypot(old_fx[v] - fx[v], old_fy[v] - fy[v]);
      traction[v] = 0.5 * mass[v] * std::hypot(old_fx[v] + fx[v], old_fy[v] + fy[v]);
    }
    result.total_swinging = block_sum(swing);
    result.total_traction = block_sum(traction);
    adjust_speed(sp, result.total_swinging, result.total_traction, n, settings.jitter);
#pragma omp parallel for schedule(static)
    for (Vertex v = 0; v < n; ++v) {
      const double factor = sp.speed / (1.0 + std::sqrt(sp.speed * swing[v]));
      p.x[v] += fx[v] * factor, p.y[v] += fy[v] * factor;
    }
    result.iterations = it + 1;
  }
  result.speed = sp.speed;
  return result;
}

}  // namespace innonet::layout
