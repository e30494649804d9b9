#pragma once
// project_at_level: the roll-up as a CsrGraph, so any kernel can run on the city (or park, ...)
// network. Vertices are the level nodes in node order (LevelLift::level_nodes) and node_refs()
// maps each vertex to its level node. Each lifted edge becomes an arc between level nodes, as
// project() would make it: an undirected edge gives two arcs under ProjectedDirection::as_stored,
// the result is undirected under ProjectedDirection::undirected, weights follow the Selection's
// weighting and parallel arcs merge by its merge rule. Edges internal to a level node become
// self-loops unless the Selection drops self-loops; edges lost to unplaced nodes are left out
// (lift_to_level() / rollup() report them). Cost: that of lift_to_level() plus the CSR build.
#include <string_view>

#include "engine/csr_graph.hpp"
#include "engine/projection.hpp"
#include "engine/property_graph.hpp"

namespace innonet {

CsrGraph project_at_level(const PropertyGraph& graph, const Selection& selection,
                          std::string_view level_type);

}  // namespace innonet
