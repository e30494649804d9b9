#pragma once
// Great-circle distance on a spherical Earth (haversine formula) with the IUGG mean radius
// 6371.0088 km. Good to about 0.5% against the ellipsoid, far below the uncertainty of a city's
// "centre". Cost: O(1).
#include "engine/property_graph.hpp"

namespace innonet::planner {

inline constexpr double kEarthMeanRadiusKm = 6371.0088;

double great_circle_km(const GeoPoint& a, const GeoPoint& b);

}  // namespace innonet::planner
