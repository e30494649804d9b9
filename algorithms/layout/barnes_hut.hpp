#pragma once
// Barnes–Hut quadtree (Barnes & Hut, Nature 324, 1986) for the repulsion of force-directed
// layouts: far groups of points act as one point of their total mass at their centre of mass.
//
// The tree is built once per iteration, serially, by splitting the bounding square into four
// quadrants until a cell holds at most kLeafPoints points (or kMaxDepth is reached, so
// coincident points end in one leaf). inverse_square_sum(i) returns
//     sum over j != i of mass_j * (p_i - p_j) / |p_i - p_j|^2
// where a cell of side s whose centre of mass lies at distance d is taken whole when
// s / d < theta (theta = 0 is the exact sum). Both ForceAtlas2 (repulsion k m_i m_j / d) and
// Fruchterman–Reingold (k^2 / d) are this sum times a constant. A query reads the tree only, so
// queries for different points run in parallel and each returns the same bits at any thread
// count. Points at distance 0 from p_i add nothing. Cost: O(n log n) to build; about
// O(log n / theta^2) per query.
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "engine/types.hpp"

namespace innonet::layout {

class QuadTree {
 public:
  static constexpr std::int32_t kLeafPoints = 8;
  static constexpr int kMaxDepth = 40;

  // mass empty: every point has mass 1.
  QuadTree(std::span<const double> x, std::span<const double> y, std::span<const double> mass);

  std::array<double, 2> inverse_square_sum(Vertex i, double theta) const;

  std::int32_t num_cells() const { return static_cast<std::int32_t>(cells_.size()); }

 private:
  struct Cell {
    double centre_x = 0.0, centre_y = 0.0;  // geometric centre of the square
    double half_side = 0.0;
    double mass = 0.0;
    double mass_x = 0.0, mass_y = 0.0;  // centre of mass
    std::int32_t first_child = -1;      // four consecutive cells, or -1 for a leaf
    std::int32_t begin = 0, end = 0;    // the cell's points: order_[begin..end)
  };
  void split(std::int32_t cell, int depth);
  void finish_leaf(Cell& cell) const;

  std::vector<Cell> cells_;
  std::vector<Vertex> order_;         // points, grouped by leaf
  std::vector<double> px_, py_, pm_;  // coordinates and masses in order_ order
  std::span<const double> x_, y_;
};

}  // namespace innonet::layout
