#include "algorithms/planner/gravity.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "algorithms/planner/geo.hpp"

namespace innonet::planner {
namespace {

void check_masses(std::span<const double> mass, std::size_t places, const char* name) {
  if (mass.size() != places)
    throw std::invalid_argument(std::string(name) + ": one value per place is required");
  for (std::size_t i = 0; i < mass.size(); ++i)
    if (!std::isfinite(mass[i]) || mass[i] < 0)
      throw std::invalid_argument(std::string(name) + "[" + std::to_string(i) +
                                  "] must be finite and non-negative");
}

// Distances between every pair; refuses two distinct places at the same point.
std::vector<double> distances(std::span<const GeoPoint> location) {
  const auto n = static_cast<std::int64_t>(location.size());
  std::vector<double> d(static_cast<std::size_t>(n * n), 0.0);
  for (std::int64_t i = 0; i < n; ++i)
    for (std::int64_t j = 0; j < n; ++j) {
      if (i == j) continue;
      d[i * n + j] = great_circle_km(location[i], location[j]);
      if (d[i * n + j] <= 0.0)
        throw std::invalid_argument("location: places " + std::to_string(i) + " and " +
                                    std::to_string(j) + " are at the same point");
    }
  return d;
}

}  // namespace

GravityMatrix classic_gravity(std::span<const double> mass, std::span<const GeoPoint> location,
                              const ClassicGravityOptions& options) {
  check_masses(mass, location.size(), "mass");
  if (!(options.distance_exponent >= 0))
    throw std::invalid_argument("distance_exponent must be non-negative");
  GravityMatrix m;
  m.size = static_cast<std::int64_t>(location.size());
  m.distance_km = distances(location);
  m.data.assign(m.distance_km.size(), 0.0);
  for (std::int64_t i = 0; i < m.size; ++i)
    for (std::int64_t j = 0; j < m.size; ++j)
      if (i != j)
        m.data[i * m.size + j] = options.constant *
                                 std::pow(mass[i], options.origin_mass_exponent) *
                                 std::pow(mass[j], options.destination_mass_exponent) /
                                 std::pow(m.distance(i, j), options.distance_exponent);
  return m;
}

GravityMatrix modified_gravity(std::span<const double> input_mass,
                               std::span<const double> output_mass,
                               std::span<const GeoPoint> location,
                               const ModifiedGravityOptions& options) {
  check_masses(input_mass, location.size(), "input_mass");
  check_masses(output_mass, location.size(), "output_mass");
  if (!(options.distance_exponent >= 0))
    throw std::invalid_argument("distance_exponent must be non-negative");
  GravityMatrix m;
  m.size = static_cast<std::int64_t>(location.size());
  m.distance_km = distances(location);
  m.data.assign(m.distance_km.size(), 0.0);
  for (std::int64_t i = 0; i < m.size; ++i)
    for (std::int64_t j = 0; j < m.size; ++j) {
      const double g_sum = output_mass[i] + output_mass[j];
      if (i == j || g_sum == 0.0) continue;
      const double k_ij = output_mass[i] / g_sum;
      m.data[i * m.size + j] = k_ij * std::sqrt(input_mass[i] * output_mass[i]) *
                               std::sqrt(input_mass[j] * output_mass[j]) /
                               std::pow(m.distance(i, j), options.distance_exponent);
    }
  return m;
}

}  // namespace innonet::planner
