#include "algorithms/planner/geo.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace innonet::planner {

double great_circle_km(const GeoPoint& a, const GeoPoint& b) {
  constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;
  const double phi1 = a.latitude_deg * kRadiansPerDegree, phi2 = b.latitude_deg * kRadiansPerDegree;
  const double dphi = phi2 - phi1;
  const double dlambda = (b.longitude_deg - a.longitude_deg) * kRadiansPerDegree;
  const double s = std::sin(dphi / 2), t = std::sin(dlambda / 2);
  const double h = s * s + std::cos(phi1) * std::cos(phi2) * t * t;
  // Clamp: rounding can push h a hair above 1 for antipodal points.
  return 2.0 * kEarthMeanRadiusKm * std::asin(std::sqrt(std::clamp(h, 0.0, 1.0)));
}

}  // namespace innonet::planner
