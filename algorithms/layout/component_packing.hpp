#pragma once
// Packing the connected components of a drawing. A force layout of a graph with several
// components pushes them apart as far as its repulsion carries them, so the largest one ends up
// small in a wide, mostly empty picture (the built-in report's network was a thin strip).
// pack_components keeps each component's own drawing (translated only: never scaled, rotated or
// reflected) and places the components' bounding boxes on shelves, largest component first:
// rows as wide as the widest box or the square root of the boxes' total area, whichever is
// larger, so the whole is roughly square; a gap between boxes. The largest component's box has
// its top-left corner at (0, 0) and the rows go down (y points up, as in every layout).
// Deterministic: components in decreasing size, ties by smallest vertex. Points that are not
// finite (not drawn) are left as they are. Cost: O(n + m) and a sort of the components.
#include "algorithms/layout/layout.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::layout {

struct PackOptions {
  // Gap between boxes, as a fraction of the longer side of the largest component's box.
  double gap_fraction = 0.08;
  // Least width of a box's slot on its shelf, as the same fraction: a small component is
  // centred in a slot this wide, so that its labels (wider than two nodes) do not run into its
  // neighbour's. 0: each slot as wide as its box.
  double min_slot_fraction = 0.0;
};

// Throws std::invalid_argument when the layout's size differs from the graph's or a fraction is
// negative or not finite.
void pack_components(const CsrGraph& g, Layout& layout, const PackOptions& options = {});

}  // namespace innonet::layout
