#include "algorithms/layout/geographic.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace innonet::layout {
namespace {

constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;

std::array<double, 2> finite_range(std::span<const double> values) {
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (double v : values)
    if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  if (lo > hi) return {0.0, 0.0};
  return {lo, hi};
}

// Grid of square cells; points sorted by cell so a cell's points are one run.
struct Grid {
  double cell = 1.0;
  std::vector<std::int64_t> key;  // per vertex; -1 for NaN points
  std::vector<Vertex> sorted;     // vertices with a key, by (key, vertex)
  static constexpr std::int64_t kSpan = 1 << 30;
  std::int64_t key_of(double x, double y) const {
    const auto cx = static_cast<std::int64_t>(std::floor(x / cell)) + kSpan / 2;
    const auto cy = static_cast<std::int64_t>(std::floor(y / cell)) + kSpan / 2;
    return cy * kSpan + cx;
  }
  Grid(const Layout& p, double cell_size) : cell(cell_size), key(p.x.size(), -1) {
    for (Vertex v = 0; v < p.size(); ++v)
      if (std::isfinite(p.x[v]) && std::isfinite(p.y[v])) {
        key[v] = key_of(p.x[v], p.y[v]);
        sorted.push_back(v);
      }
    std::sort(sorted.begin(), sorted.end(),
              [&](Vertex a, Vertex b) { return key[a] != key[b] ? key[a] < key[b] : a < b; });
  }
  template <class Visit>
  void near(Vertex v, Visit visit) const {
    for (std::int64_t dy = -1; dy <= 1; ++dy)
      for (std::int64_t dx = -1; dx <= 1; ++dx) {
        const std::int64_t k = key[v] + dy * kSpan + dx;
        auto it = std::lower_bound(sorted.begin(), sorted.end(), k,
                                   [&](Vertex a, std::int64_t value) { return key[a] < value; });
        for (; it != sorted.end() && key[*it] == k; ++it)
          if (*it != v) visit(*it);
      }
  }
};

}  // namespace

std::array<double, 2> GeoProjection::to_km(double latitude_deg, double longitude_deg) const {
  const double scale = kEarthRadiusKm * kRadiansPerDegree;
  return {scale * (longitude_deg - longitude0_deg) * std::cos(latitude0_deg * kRadiansPerDegree),
          scale * (latitude_deg - latitude0_deg)};
}

std::array<double, 2> GeoProjection::to_degrees(double x_km, double y_km) const {
  const double scale = kEarthRadiusKm * kRadiansPerDegree;
  return {latitude0_deg + y_km / scale,
          longitude0_deg + x_km / (scale * std::cos(latitude0_deg * kRadiansPerDegree))};
}

GeoProjection fit_projection(std::span<const double> latitude_deg,
                             std::span<const double> longitude_deg) {
  const auto lat = finite_range(latitude_deg), lon = finite_range(longitude_deg);
  return {(lat[0] + lat[1]) / 2, (lon[0] + lon[1]) / 2};
}

Layout geographic_layout(const GeoProjection& projection, std::span<const double> latitude_deg,
                         std::span<const double> longitude_deg) {
  if (latitude_deg.size() != longitude_deg.size())
    throw std::invalid_argument("geographic_layout: latitude and longitude sizes differ");
  Layout layout{std::vector<double>(latitude_deg.size()), std::vector<double>(latitude_deg.size())};
  for (std::size_t v = 0; v < latitude_deg.size(); ++v) {
    const auto p = projection.to_km(latitude_deg[v], longitude_deg[v]);
    const bool known = std::isfinite(latitude_deg[v]) && std::isfinite(longitude_deg[v]);
    layout.x[v] = known ? p[0] : std::numeric_limits<double>::quiet_NaN();
    layout.y[v] = known ? p[1] : std::numeric_limits<double>::quiet_NaN();
  }
  return layout;
}

OverlapResult remove_overlaps(Layout& layout, std::span<const double> radius, int max_rounds) {
  const Vertex n = layout.size();
  if (static_cast<Vertex>(radius.size()) != n || layout.y.size() != layout.x.size())
    throw std::invalid_argument("remove_overlaps: one radius per point is needed");
  if (std::any_of(radius.begin(), radius.end(), [](double r) { return !(r >= 0); }))
    throw std::invalid_argument("remove_overlaps: radius must be >= 0");
  const double largest = n ? *std::max_element(radius.begin(), radius.end()) : 0.0;
  OverlapResult result;
  if (largest <= 0) return {0, true};
  for (; result.rounds < max_rounds; ++result.rounds) {
    const Grid grid(layout, 2 * largest);
    std::int64_t overlapping = 0;
    // Gauss–Seidel, serial and in vertex order: each pair is pushed apart as soon as it is found,
    // so a chain of overlaps unfolds in a few rounds (a Jacobi sweep needs ~n^2 rounds).
    for (Vertex v : grid.sorted)
      grid.near(v, [&](Vertex u) {
        if (u < v) return;  // each pair once
        double dx = layout.x[v] - layout.x[u], dy = layout.y[v] - layout.y[u];
        const double d = std::hypot(dx, dy), need = radius[v] + radius[u];
        if (d >= need * (1 - 1e-9)) return;
        ++overlapping;
        if (d <= 1e-12 * need) {  // same place: a direction fixed by the pair
          const double angle = 2.399963229728653 * static_cast<double>(v + 1) + 0.7 * u;
          dx = std::cos(angle), dy = std::sin(angle);
        } else {
          dx /= d, dy /= d;
        }
        // Half the overlap each, plus 0.5% of the wanted distance so pairs end clear of each
        // other in a finite number of rounds instead of approaching contact forever.
        const double push = (need - d) / 2 + 0.005 * need;
        layout.x[v] += dx * push, layout.y[v] += dy * push;
        layout.x[u] -= dx * push, layout.y[u] -= dy * push;
      });
    if (overlapping == 0) {
      result.separated = true;
      return result;
    }
  }
  return result;
}

}  // namespace innonet::layout
