#pragma once
// Gravity models of expected interaction between places.
//
// Classic form:   T_ij = k * M_i^a * M_j^b / D_ij^g   (defaults a = b = 1, g = 2, k = 1).
// Modified form used in city-innovation-network studies:
//                 R_ij = k_ij * sqrt(P_i * G_i) * sqrt(P_j * G_j) / D_ij^g,
//                 k_ij = G_i / (G_i + G_j)
// where P is an input mass (e.g. R&D staff, population) and G an output mass (e.g. patents, GDP);
// k_ij makes the flow asymmetric: the place with the larger G contributes more of the tie.
// D_ij is the great-circle distance in km (algorithms/planner/geo.hpp). Results are dense n x n,
// row-major, with a zero diagonal. Two distinct places at distance 0 have no finite expectation:
// that is a std::invalid_argument naming the pair. Cost: O(n^2).
#include <cstdint>
#include <span>
#include <vector>

#include "engine/property_graph.hpp"

namespace innonet::planner {

struct ClassicGravityOptions {
  double constant = 1.0;                   // k
  double origin_mass_exponent = 1.0;       // a
  double destination_mass_exponent = 1.0;  // b
  double distance_exponent = 2.0;          // g
};

struct ModifiedGravityOptions {
  double distance_exponent = 2.0;  // g (2 in the published form)
};

// A dense matrix of expectations: value(i, j) = data[i * size + j].
struct GravityMatrix {
  std::int64_t size = 0;
  std::vector<double> data;
  std::vector<double> distance_km;  // same layout
  double value(std::int64_t i, std::int64_t j) const { return data[i * size + j]; }
  double distance(std::int64_t i, std::int64_t j) const { return distance_km[i * size + j]; }
};

// mass and location have one entry per place; masses must be finite and non-negative.
GravityMatrix classic_gravity(std::span<const double> mass, std::span<const GeoPoint> location,
                              const ClassicGravityOptions& options = {});

// input_mass = P, output_mass = G; both finite and non-negative. A pair with G_i + G_j = 0 gets 0.
GravityMatrix modified_gravity(std::span<const double> input_mass,
                               std::span<const double> output_mass,
                               std::span<const GeoPoint> location,
                               const ModifiedGravityOptions& options = {});

}  // namespace innonet::planner
