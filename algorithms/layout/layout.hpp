#pragma once
// What every layout shares: positions in the plane, the seeded starting positions, and the
// fixed-block sums that keep a layout bit-identical at any thread count (STYLE §5).
//
// Coordinates are abstract units with y pointing up (a drawing flips y for SVG). A layout is
// indexed by Vertex of the CsrGraph it was computed on.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/types.hpp"

namespace innonet::layout {

struct Layout {
  std::vector<double> x;
  std::vector<double> y;
  Vertex size() const { return static_cast<Vertex>(x.size()); }
};

struct Bounds {
  double min_x = 0.0, min_y = 0.0, max_x = 0.0, max_y = 0.0;
  double width() const { return max_x - min_x; }
  double height() const { return max_y - min_y; }
};

// Vertices per block of a parallel sum. Fixed: must not depend on the thread count.
inline constexpr std::int64_t kLayoutBlock = 1 << 12;

// Starting positions: vertex v at a point drawn uniformly from the square [-side/2, side/2]^2 by
// a counter-based hash of (seed, v), so the start never depends on the thread count or order.
Layout random_layout(Vertex num_nodes, std::uint64_t seed, double side);

// Sum of values[v] over all v, added block by block in block order (identical at any thread
// count; the blocks are summed in parallel).
double block_sum(std::span<const double> values);

// Smallest axis-aligned box around every finite point; all zero when there is none.
Bounds bounds(const Layout& layout);

}  // namespace innonet::layout
