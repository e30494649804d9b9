#pragma once
// Words for the codes planner results carry (algorithms/planner returns numbers and codes; each
// front end writes its own sentences). Shared by the CLI tables and the HTML report.
#include <string>

#include "algorithms/planner/corridor.hpp"
#include "algorithms/planner/targets.hpp"
#include "engine/property_graph.hpp"

namespace innonet::cli {

// Why a target row has no progress, growth or projection; "" for TargetGap::none.
std::string target_gap_text(planner::TargetGap gap);

// A corridor breakdown's note, naming the member pair ("南京–淮安: not connected at all").
std::string corridor_note_text(const PropertyGraph& graph, const planner::CorridorNote& note);

}  // namespace innonet::cli
