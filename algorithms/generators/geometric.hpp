#pragma once
// Random geometric graph: n points uniform in the unit square, an edge between every two points
// closer than `radius` (Euclidean, strictly less). Simple undirected graph, edges listed once
// with u < v, grouped by grid cell.
// Points are bucketed into a grid of cells at least `radius` wide, so each point is compared only
// with the points of its own and the adjacent cells. Parallel and deterministic: point blocks of
// kGenerateBlock are drawn from BlockRng(seed + b), cells are scanned in blocks whose edge chunks
// are joined in block order. Cost: O(n + m) expected time, 24 bytes per point plus the edges.
#include <cstdint>
#include <vector>

#include "engine/csr_build.hpp"

namespace innonet::generators {

enum class Coordinates { discard, keep };

struct GeometricOptions {
  Vertex num_nodes = 1000;
  double radius = 0.05;  // > 0; expected degree about (n-1)·π·r² away from the border
  Coordinates coordinates = Coordinates::discard;
  std::uint64_t seed = 1;
};

struct GeometricGraph {
  EdgeList edges;
  std::vector<double> x;  // point of each vertex, when Coordinates::keep; else empty
  std::vector<double> y;
};

// Throws std::invalid_argument naming num_nodes or radius.
GeometricGraph random_geometric(const GeometricOptions& options = {});

// The radius giving an expected average degree d in the unit square (border effects ignored).
double geometric_radius_for_degree(Vertex num_nodes, double average_degree);

}  // namespace innonet::generators
