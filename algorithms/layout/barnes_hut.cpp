#include "algorithms/layout/barnes_hut.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace innonet::layout {

QuadTree::QuadTree(std::span<const double> x, std::span<const double> y,
                   std::span<const double> mass)
    : x_(x), y_(y) {
  const auto n = static_cast<std::int32_t>(x.size());
  order_.resize(static_cast<std::size_t>(n));
  std::iota(order_.begin(), order_.end(), 0);
  pm_.assign(static_cast<std::size_t>(n), 1.0);
  if (!mass.empty()) std::copy(mass.begin(), mass.end(), pm_.begin());
  double min_x = 0.0, max_x = 0.0, min_y = 0.0, max_y = 0.0;
  if (n > 0) {
    const auto [lx, hx] = std::minmax_element(x.begin(), x.end());
    const auto [ly, hy] = std::minmax_element(y.begin(), y.end());
    min_x = *lx, max_x = *hx, min_y = *ly, max_y = *hy;
  }
  Cell root;
  root.centre_x = (min_x + max_x) / 2;
  root.centre_y = (min_y + max_y) / 2;
  root.half_side = std::max({max_x - min_x, max_y - min_y, 1e-9}) / 2 * (1 + 1e-9);
  root.end = n;
  cells_.reserve(static_cast<std::size_t>(n) / 2 + 16);
  cells_.push_back(root);
  split(0, 0);
  // Masses were indexed by vertex; the leaves read them in order_ order.
  std::vector<double> mass_in_order(pm_.size());
  for (std::int32_t k = 0; k < n; ++k) mass_in_order[k] = pm_[order_[k]];
  pm_ = std::move(mass_in_order);
  px_.resize(order_.size());
  py_.resize(order_.size());
  for (std::int32_t k = 0; k < n; ++k) px_[k] = x_[order_[k]], py_[k] = y_[order_[k]];
  // Centres of mass, children before parents (children always have larger indices).
  for (auto c = static_cast<std::int32_t>(cells_.size()) - 1; c >= 0; --c) {
    Cell& cell = cells_[c];
    if (cell.first_child < 0) {
      finish_leaf(cell);
      continue;
    }
    for (int q = 0; q < 4; ++q) {
      const Cell& child = cells_[cell.first_child + q];
      cell.mass += child.mass;
      cell.mass_x += child.mass * child.mass_x;
      cell.mass_y += child.mass * child.mass_y;
    }
    if (cell.mass > 0) cell.mass_x /= cell.mass, cell.mass_y /= cell.mass;
  }
}

void QuadTree::finish_leaf(Cell& cell) const {
  for (std::int32_t k = cell.begin; k < cell.end; ++k) {
    cell.mass += pm_[k];
    cell.mass_x += pm_[k] * px_[k];
    cell.mass_y += pm_[k] * py_[k];
  }
  if (cell.mass > 0) cell.mass_x /= cell.mass, cell.mass_y /= cell.mass;
}

// Recursive in depth only (at most kMaxDepth frames).
void QuadTree::split(std::int32_t c, int depth) {
  const Cell cell = cells_[c];
  if (cell.end - cell.begin <= kLeafPoints || depth >= kMaxDepth) return;
  const auto first = order_.begin();
  const auto below = [&](Vertex v) { return y_[v] < cell.centre_y; };
  const auto left = [&](Vertex v) { return x_[v] < cell.centre_x; };
  const auto mid_y = std::partition(first + cell.begin, first + cell.end, below);
  const auto mid_lo = std::partition(first + cell.begin, mid_y, left);
  const auto mid_hi = std::partition(mid_y, first + cell.end, left);
  const std::array<std::int32_t, 5> cuts{cell.begin, static_cast<std::int32_t>(mid_lo - first),
                                         static_cast<std::int32_t>(mid_y - first),
                                         static_cast<std::int32_t>(mid_hi - first), cell.end};
  const auto child0 = static_cast<std::int32_t>(cells_.size());
  cells_[c].first_child = child0;
  const double h = cell.half_side / 2;
  for (int q = 0; q < 4; ++q) {  // quadrants: lower-left, lower-right, upper-left, upper-right
    Cell child;
    child.centre_x = cell.centre_x + ((q & 1) ? h : -h);
    child.centre_y = cell.centre_y + ((q & 2) ? h : -h);
    child.half_side = h;
    child.begin = cuts[q];
    child.end = cuts[q + 1];
    cells_.push_back(child);
  }
  for (int q = 0; q < 4; ++q) split(child0 + q, depth + 1);
}

std::array<double, 2> QuadTree::inverse_square_sum(Vertex i, double theta) const {
  const double xi = x_[i], yi = y_[i];
  const double theta_squared = theta * theta;
  double fx = 0.0, fy = 0.0;
  std::array<std::int32_t, 4 * kMaxDepth + 8> stack{};
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Cell& cell = cells_[stack[--top]];
    if (cell.mass <= 0) continue;
    if (cell.first_child < 0) {
      for (std::int32_t k = cell.begin; k < cell.end; ++k) {
        const double dx = xi - px_[k], dy = yi - py_[k];
        const double d2 = dx * dx + dy * dy;
        if (d2 > 0) fx += pm_[k] * dx / d2, fy += pm_[k] * dy / d2;
      }
      continue;
    }
    const double dx = xi - cell.mass_x, dy = yi - cell.mass_y;
    const double d2 = dx * dx + dy * dy;
    const double side = 2 * cell.half_side;
    if (d2 > 0 && side * side < theta_squared * d2) {
      fx += cell.mass * dx / d2, fy += cell.mass * dy / d2;
      continue;
    }
    for (int q = 3; q >= 0; --q) stack[top++] = cell.first_child + q;
  }
  return {fx, fy};
}

}  // namespace innonet::layout
