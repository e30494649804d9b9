#pragma once
// Label propagation (Raghavan, Albert & Kumara 2007): every vertex starts with its own label and,
// visiting vertices asynchronously in a random order (reshuffled every sweep), adopts the label
// of largest total edge weight among its neighbours; a vertex whose label is among the heaviest
// keeps it, other ties are broken at random. Stops after a sweep that changes no label (every
// vertex then holds a heaviest label) or after max_sweeps. Directed graphs: in- and out-neighbours
// both count (the labels of the symmetrised graph). Self-loops are ignored.
//
// Deterministic for a seed: the sweeps are serial (asynchronous updates read the labels
// just written, which is what makes the method converge; see local_moving.hpp).
// Cost: O(m) per sweep. Errors: std::invalid_argument naming `weights` or `max_sweeps`.
#include <cstdint>

#include "algorithms/community/partition.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::community {

struct LabelPropagationOptions {
  std::uint64_t seed = 0;
  int max_sweeps = 100;
};

// result.quality is the modularity of the labels (NaN without edges); result.iterations the
// sweeps run; result.levels 0.
CommunityResult label_propagation(const CsrGraph& g, const LabelPropagationOptions& options = {});

}  // namespace innonet::community
