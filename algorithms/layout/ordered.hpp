#pragma once
// Layouts from an order rather than from forces.
//   circular_layout: vertex order[i] at angle 2 pi i / n on a circle of the given radius,
//                    starting at 12 o'clock and going clockwise.
//   layered_layout:  layer[v] >= 0 gives the row (y = -layer, spacing 1); inside a row, vertices
//                    sit at x = 0, 1, 2, ... centred on 0, ordered by the mean x of their
//                    neighbours in the row above (barycentre heuristic, Sugiyama, Tagawa & Toda
//                    1981, one downward sweep), ties by vertex number. Layer 0 is in vertex order.
//                    A vertex with layer < 0 gets NaN (not drawn).
// Both are serial and exact. Cost: O(n) and O(n log n + m).
#include <cstdint>
#include <span>

#include "algorithms/layout/layout.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::layout {

// Throws std::invalid_argument unless order is a permutation of 0..n-1.
Layout circular_layout(std::span<const Vertex> order, double radius = 1.0);

// Throws std::invalid_argument when layer does not have one entry per vertex.
Layout layered_layout(const CsrGraph& g, std::span<const std::int32_t> layer);

}  // namespace innonet::layout
