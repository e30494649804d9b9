#pragma once
// Geographic layout: places drawn where they are, then nudged apart where their markers overlap.
//
// Projection: equirectangular (plate carrée) centred on (latitude0, longitude0) and scaled by
// cos(latitude0), in kilometres on a sphere of the mean Earth radius 6371.0088 km:
//     x_km = R * (lon - lon0) * cos(lat0) * pi / 180,   y_km = R * (lat - lat0) * pi / 180,
// y pointing north. Near the centre (a metropolitan area spans a few hundred km) distances and
// the east/north axes are true to within about 1%, which is what a scale bar needs.
// Overlap removal: each node is a disc of the given radius; every round visits the points in a
// fixed order and pushes each overlapping pair apart by half the overlap each plus 0.5% of the
// two radii (serial Gauss–Seidel, so the result never depends on threads), until no two discs
// overlap by more than 1e-9 of their radii or max_rounds is reached. Coincident centres separate
// along a direction fixed by their vertex numbers. Neighbours are found through a grid of cells
// twice as wide as the largest disc. Cost per round: O(n log n) plus the overlapping pairs.
#include <array>
#include <span>

#include "algorithms/layout/layout.hpp"

namespace innonet::layout {

inline constexpr double kEarthRadiusKm = 6371.0088;

struct GeoProjection {
  double latitude0_deg = 0.0;
  double longitude0_deg = 0.0;
  std::array<double, 2> to_km(double latitude_deg, double longitude_deg) const;
  std::array<double, 2> to_degrees(double x_km, double y_km) const;  // the inverse
};

// Centred on the middle of the points' latitude and longitude ranges; NaN entries are ignored.
GeoProjection fit_projection(std::span<const double> latitude_deg,
                             std::span<const double> longitude_deg);

// Projected positions in km; a vertex whose latitude or longitude is NaN keeps NaN.
Layout geographic_layout(const GeoProjection& projection, std::span<const double> latitude_deg,
                         std::span<const double> longitude_deg);

struct OverlapResult {
  int rounds = 0;
  bool separated = false;  // false: max_rounds ran out first (reported, not thrown)
};

// Moves the points of `layout` (NaN points are left out) so that discs of radius[v] do not
// overlap. Throws std::invalid_argument for a negative radius or sizes that differ.
OverlapResult remove_overlaps(Layout& layout, std::span<const double> radius, int max_rounds = 200);

}  // namespace innonet::layout
