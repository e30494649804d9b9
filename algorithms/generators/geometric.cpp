#include "algorithms/generators/geometric.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

#include "algorithms/generators/block_rng.hpp"
#include "algorithms/generators/edge_chunks.hpp"

namespace innonet::generators {
namespace {

constexpr std::int64_t kCellBlock = 256;  // grid cells per scanning block

struct Grid {
  std::int64_t side = 1;            // cells per side
  std::vector<std::int64_t> begin;  // points of cell c: order[begin[c] .. begin[c+1])
  std::vector<Vertex> order;        // vertices sorted by cell, ascending id within a cell
  std::int64_t cell_of(double x, double y) const {
    const auto cx = std::min(side - 1, static_cast<std::int64_t>(x * static_cast<double>(side)));
    const auto cy = std::min(side - 1, static_cast<std::int64_t>(y * static_cast<double>(side)));
    return cy * side + cx;
  }
};

Grid bucket(const std::vector<double>& x, const std::vector<double>& y, double radius) {
  Grid grid;
  const auto n = static_cast<std::int64_t>(x.size());
  // Cells at least `radius` wide, and not many more cells than points.
  const double by_radius = std::floor(1.0 / radius);
  const double by_count = std::ceil(std::sqrt(static_cast<double>(std::max<std::int64_t>(n, 1))));
  grid.side = std::max<std::int64_t>(1, static_cast<std::int64_t>(std::min(by_radius, by_count)));
  const std::int64_t cells = grid.side * grid.side;
  std::vector<std::int64_t> cell(static_cast<std::size_t>(n));
#pragma omp parallel for schedule(static)
  for (std::int64_t i = 0; i < n; ++i) cell[i] = grid.cell_of(x[i], y[i]);
  grid.begin.assign(static_cast<std::size_t>(cells + 1), 0);
  for (std::int64_t i = 0; i < n; ++i) ++grid.begin[cell[i] + 1];
  for (std::int64_t c = 0; c < cells; ++c) grid.begin[c + 1] += grid.begin[c];
  std::vector<std::int64_t> next(grid.begin.begin(), grid.begin.end() - 1);
  grid.order.resize(static_cast<std::size_t>(n));
  for (std::int64_t i = 0; i < n; ++i) grid.order[next[cell[i]]++] = static_cast<Vertex>(i);
  return grid;
}

// Edges between the points of cell c and those of itself and its "forward" neighbours (right,
// and the three cells of the next row), so that every pair of cells is looked at once.
void scan_cell(const Grid& grid, std::int64_t c, const std::vector<double>& x,
               const std::vector<double>& y, double r2, EdgeChunk& chunk) {
  const std::int64_t cx = c % grid.side, cy = c / grid.side;
  const std::int64_t dx[] = {0, 1, -1, 0, 1}, dy[] = {0, 0, 1, 1, 1};
  for (std::int64_t i = grid.begin[c]; i < grid.begin[c + 1]; ++i) {
    const Vertex u = grid.order[i];
    for (int k = 0; k < 5; ++k) {
      const std::int64_t nx = cx + dx[k], ny = cy + dy[k];
      if (nx < 0 || nx >= grid.side || ny >= grid.side) continue;
      const std::int64_t d = ny * grid.side + nx;
      for (std::int64_t j = k == 0 ? i + 1 : grid.begin[d]; j < grid.begin[d + 1]; ++j) {
        const Vertex v = grid.order[j];
        const double ex = x[u] - x[v], ey = y[u] - y[v];
        if (ex * ex + ey * ey < r2) chunk.add(std::min(u, v), std::max(u, v));
      }
    }
  }
}

}  // namespace

double geometric_radius_for_degree(Vertex num_nodes, double average_degree) {
  if (num_nodes < 2) throw std::invalid_argument("num_nodes must be >= 2");
  if (!(average_degree > 0.0)) throw std::invalid_argument("average_degree must be > 0");
  return std::sqrt(average_degree / (std::numbers::pi * (num_nodes - 1.0)));
}

GeometricGraph random_geometric(const GeometricOptions& options) {
  const Vertex n = options.num_nodes;
  if (n < 0) throw std::invalid_argument("num_nodes must be >= 0, got " + std::to_string(n));
  if (!(options.radius > 0.0) || !std::isfinite(options.radius))
    throw std::invalid_argument("radius must be finite and > 0");
  std::vector<double> x(static_cast<std::size_t>(n)), y(static_cast<std::size_t>(n));
  const std::int64_t point_blocks = (n + kGenerateBlock - 1) / kGenerateBlock;
#pragma omp parallel for schedule(static)
  for (std::int64_t b = 0; b < point_blocks; ++b) {
    BlockRng rng(options.seed + static_cast<std::uint64_t>(b));
    for (std::int64_t i = b * kGenerateBlock;
         i < std::min<std::int64_t>(n, (b + 1) * kGenerateBlock); ++i) {
      x[i] = rng.uniform();
      y[i] = rng.uniform();
    }
  }
  const Grid grid = bucket(x, y, options.radius);
  const std::int64_t cells = grid.side * grid.side;
  const std::int64_t cell_blocks = (cells + kCellBlock - 1) / kCellBlock;
  std::vector<EdgeChunk> chunks(static_cast<std::size_t>(cell_blocks));
  const double r2 = options.radius * options.radius;
#pragma omp parallel for schedule(dynamic, 1)
  for (std::int64_t b = 0; b < cell_blocks; ++b)
    for (std::int64_t c = b * kCellBlock; c < std::min(cells, (b + 1) * kCellBlock); ++c)
      scan_cell(grid, c, x, y, r2, chunks[b]);
  GeometricGraph result;
  result.edges = concatenate(n, chunks);
  if (options.coordinates == Coordinates::keep) {
    result.x = std::move(x);
    result.y = std::move(y);
  }
  return result;
}

}  // namespace innonet::generators
