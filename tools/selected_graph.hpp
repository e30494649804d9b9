#pragma once
// The part of a graph a selection keeps, as a graph of its own: for the commands that draw or
// export the whole graph they are given (report --html), so that --evidence, --kinds, --years,
// --types and --within narrow the picture as they narrow every table.
//
// Kept: the nodes the selection keeps (type selected, not removed: --within removes what lies
// outside), the ties it keeps between two kept nodes, the groups with a kept member (their
// members cut to the kept ones), the group ties and indicators whose ends are still there. A
// kept node whose parent was left out is re-linked to its nearest kept ancestor, so the
// hierarchy stays whole. The graph's metadata gains "selection": `words` (what was chosen, for
// a page to state). O(n + m) plus one native-JSON round trip, which keeps every field.
#include <string>

#include "engine/projection.hpp"
#include "engine/property_graph.hpp"

namespace innonet::cli {

PropertyGraph selected_graph(const PropertyGraph& graph, const Selection& selection,
                             const std::string& words);

}  // namespace innonet::cli
