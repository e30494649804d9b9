// Geographic layout: the projection keeps east/north and distances (against the haversine
// great-circle distance), overlap removal separates discs, and the ordered layouts put vertices
// where their definition says.
#include "algorithms/layout/geographic.hpp"

#include <omp.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

#include "algorithms/layout/ordered.hpp"
#include "engine/csr_build.hpp"

using namespace innonet;
using namespace innonet::layout;

namespace {

double haversine_km(double lat1, double lon1, double lat2, double lon2) {
  const double r = std::numbers::pi / 180;
  const double a =
      std::pow(std::sin((lat2 - lat1) * r / 2), 2) +
      std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin((lon2 - lon1) * r / 2), 2);
  return 2 * 6371.0088 * std::asin(std::sqrt(a));
}

}  // namespace

TEST_CASE("the equirectangular projection keeps directions and distances", "[layout][geo]") {
  // 南京, 上海, 淮安, 宣城 (datasets/city_coordinates.csv)
  const std::vector<double> lat{32.06, 31.23, 33.60, 30.95}, lon{118.80, 121.47, 119.02, 118.76};
  const GeoProjection proj = fit_projection(lat, lon);
  CHECK(proj.latitude0_deg == Approx((30.95 + 33.60) / 2));
  const Layout p = geographic_layout(proj, lat, lon);
  CHECK(p.x[0] < p.x[1]);  // Nanjing west of Shanghai
  CHECK(p.y[0] < p.y[2]);  // Nanjing south of Huai'an
  CHECK(p.y[3] < p.y[0]);  // Xuancheng south of Nanjing
  for (int a = 0; a < 4; ++a)
    for (int b = a + 1; b < 4; ++b) {
      const double drawn = std::hypot(p.x[a] - p.x[b], p.y[a] - p.y[b]);
      // The scale is exact at latitude0 only; 1.3 degrees away cos(latitude) differs by ~1.5%.
      CHECK(drawn == Approx(haversine_km(lat[a], lon[a], lat[b], lon[b])).epsilon(0.02));
    }
  const auto back = proj.to_degrees(p.x[1], p.y[1]);
  CHECK(back[0] == Approx(31.23).margin(1e-9));
  CHECK(back[1] == Approx(121.47).margin(1e-9));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> one_missing{nan};
  const Layout missing = geographic_layout(proj, one_missing, std::vector<double>{1.0});
  CHECK(std::isnan(missing.x[0]));
  CHECK(std::isnan(missing.y[0]));
}

TEST_CASE("overlap removal separates discs, the same at 1 and 2 threads", "[layout][geo]") {
  // Ten discs on one spot and a row of touching-and-overlapping ones; one NaN point.
  Layout start;
  for (int i = 0; i < 10; ++i) start.x.push_back(0.0), start.y.push_back(0.0);
  for (int i = 0; i < 20; ++i) start.x.push_back(5.0 + 0.5 * i), start.y.push_back(3.0);
  start.x.push_back(std::numeric_limits<double>::quiet_NaN());
  start.y.push_back(0.0);
  std::vector<double> radius(start.x.size(), 0.4);
  radius[3] = 0.9;
  Layout runs[2] = {start, start};
  for (int t : {1, 2}) {
    omp_set_num_threads(t);
    const auto r = remove_overlaps(runs[t - 1], radius);
    CHECK(r.separated);
  }
  omp_set_num_threads(omp_get_num_procs());
  for (std::size_t v = 0; v + 1 < start.x.size(); ++v) {  // the last point is NaN in both
    CHECK(runs[0].x[v] == runs[1].x[v]);
    CHECK(runs[0].y[v] == runs[1].y[v]);
  }
  const Layout& p = runs[0];
  for (std::size_t a = 0; a + 1 < p.x.size(); ++a)
    for (std::size_t b = a + 1; b + 1 < p.x.size(); ++b)
      CHECK(std::hypot(p.x[a] - p.x[b], p.y[a] - p.y[b]) >= (radius[a] + radius[b]) * (1 - 1e-6));
  CHECK(std::isnan(p.x.back()));
  CHECK_THROWS_AS(remove_overlaps(runs[0], std::vector<double>{1.0}), std::invalid_argument);
}

TEST_CASE("circular and layered layouts follow their definitions", "[layout]") {
  const std::vector<Vertex> order{2, 0, 1, 3};
  const Layout c = circular_layout(order, 2.0);
  CHECK(c.x[2] == Approx(0.0).margin(1e-12));  // first in order: 12 o'clock
  CHECK(c.y[2] == Approx(2.0));
  CHECK(c.x[0] == Approx(2.0));  // second: 3 o'clock (clockwise)
  CHECK(c.y[1] == Approx(-2.0));
  CHECK_THROWS_AS(circular_layout(std::vector<Vertex>{0, 0}), std::invalid_argument);
  // A tree: root 0; children 1, 2; grandchildren 3 (under 2) and 4 (under 1).
  EdgeList list;
  list.num_nodes = 5;
  for (auto [u, v] : std::vector<std::pair<Vertex, Vertex>>{{0, 1}, {0, 2}, {2, 3}, {1, 4}})
    list.sources.push_back(u), list.targets.push_back(v);
  const CsrGraph g = build_csr(list, {.direction = Direction::undirected});
  const std::vector<std::int32_t> layer{0, 1, 1, 2, 2};
  const Layout t = layered_layout(g, layer);
  CHECK(t.y[0] == 0.0);
  CHECK(t.y[3] == -2.0);
  CHECK(t.x[1] == -0.5);
  CHECK(t.x[2] == 0.5);
  CHECK(t.x[4] < t.x[3]);  // 4 sits under 1 (left), 3 under 2 (right): no crossing
}
