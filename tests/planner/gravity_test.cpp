#include "algorithms/planner/gravity.hpp"

#include <catch2/catch.hpp>

#include "algorithms/planner/geo.hpp"

using namespace innonet;
using namespace innonet::planner;
using Catch::Matchers::WithinRel;

namespace {
// One degree of longitude along the equator on the 6371.0088 km sphere: 6371.0088 * pi / 180,
// worked out on a calculator.
constexpr double kDegreeKm = 111.19508023353;
// Four places on the equator at longitudes 0, 1, 2 and 4 degrees.
const std::vector<GeoPoint> kPlaces = {{0, 0}, {0, 1}, {0, 2}, {0, 4}};
}  // namespace

TEST_CASE("great-circle distances match closed forms", "[planner][geo]") {
  CHECK_THAT(great_circle_km({0, 0}, {0, 1}), WithinRel(kDegreeKm, 1e-9));
  CHECK_THAT(great_circle_km({0, 0}, {90, 0}), WithinRel(10007.557221, 1e-9));  // R * pi / 2
  CHECK_THAT(great_circle_km({90, 0}, {-90, 0}), WithinRel(2 * 10007.557221, 1e-9));
  CHECK(great_circle_km({32.06, 118.80}, {32.06, 118.80}) == 0.0);
  // Nanjing - Shanghai city centres: about 270 km in every atlas.
  CHECK(great_circle_km({32.0603, 118.7969}, {31.2304, 121.4737}) == Approx(268.5).margin(5));
}

TEST_CASE("classic gravity reproduces a hand-computed 4-city example", "[planner][gravity]") {
  const std::vector<double> mass = {4, 9, 1, 16};
  const auto m = classic_gravity(mass, kPlaces);
  const double d1 = kDegreeKm * kDegreeKm;
  CHECK_THAT(m.value(0, 1), WithinRel(36.0 / d1, 1e-9));         // 4*9 / 1^2
  CHECK_THAT(m.value(0, 3), WithinRel(64.0 / (16 * d1), 1e-9));  // 4*16 / 4^2
  CHECK_THAT(m.value(2, 3), WithinRel(16.0 / (4 * d1), 1e-9));   // 1*16 / 2^2
  CHECK_THAT(m.value(3, 2), WithinRel(m.value(2, 3), 1e-15));    // symmetric when a = b
  CHECK(m.value(1, 1) == 0.0);
  const auto skewed = classic_gravity(mass, kPlaces,
                                      {.constant = 2,
                                       .origin_mass_exponent = 0.5,
                                       .destination_mass_exponent = 1,
                                       .distance_exponent = 1});
  CHECK_THAT(skewed.value(0, 1), WithinRel(2 * 2.0 * 9 / kDegreeKm, 1e-9));  // 2*sqrt(4)*9/d
  CHECK_THAT(skewed.value(1, 0), WithinRel(2 * 3.0 * 4 / kDegreeKm, 1e-9));  // 2*sqrt(9)*4/d
}

TEST_CASE("modified gravity reproduces a hand-computed 4-city example", "[planner][gravity]") {
  const std::vector<double> p = {2, 8, 1, 4}, g = {8, 2, 1, 4};
  const auto m = modified_gravity(p, g, kPlaces);
  const double d1 = kDegreeKm * kDegreeKm;
  // k_01 = 8/10; sqrt(2*8) * sqrt(8*2) = 16
  CHECK_THAT(m.value(0, 1), WithinRel(0.8 * 16 / d1, 1e-9));
  CHECK_THAT(m.value(1, 0), WithinRel(0.2 * 16 / d1, 1e-9));
  // k_23 = 1/5; sqrt(1*1) * sqrt(4*4) = 4; distance 2 degrees
  CHECK_THAT(m.value(2, 3), WithinRel(0.2 * 4 / (4 * d1), 1e-9));
  CHECK_THAT(m.value(3, 2), WithinRel(0.8 * 4 / (4 * d1), 1e-9));
  // k_03 = 8/12; sqrt(16) * sqrt(16) = 16; distance 4 degrees
  CHECK_THAT(m.value(0, 3), WithinRel(8.0 / 12 * 16 / (16 * d1), 1e-9));
}

TEST_CASE("gravity refuses bad masses and coincident places", "[planner][gravity][errors]") {
  CHECK_THROWS_WITH(classic_gravity(std::vector<double>{1, -1, 1, 1}, kPlaces),
                    Catch::Contains("mass[1]"));
  CHECK_THROWS_WITH(classic_gravity(std::vector<double>{1, 1}, kPlaces),
                    Catch::Contains("one value per place"));
  const std::vector<GeoPoint> same = {{1, 1}, {1, 1}};
  CHECK_THROWS_WITH(classic_gravity(std::vector<double>{1, 1}, same),
                    Catch::Contains("same point"));
  CHECK_THROWS_AS(modified_gravity(std::vector<double>{1, 1, 1, 1},
                                   std::vector<double>{1, 1, std::nan(""), 1}, kPlaces),
                  std::invalid_argument);
}
