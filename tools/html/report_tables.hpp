#pragma once
// The tables of the HTML report: sortable (click a heading), downloadable as CSV (the button
// above each), raw values in data-value so sorting and CSV never parse the formatted text.
#include <string>
#include <vector>

#include "algorithms/planner/corridor_score.hpp"
#include "algorithms/planner/recommend.hpp"
#include "algorithms/planner/targets.hpp"
#include "engine/property_graph.hpp"

namespace innonet::html {

// Corridors: composite and each component as a bar; the breakdown (ties by kind and evidence,
// weakest pair, bottleneck ties, single points of failure, notes) in an expandable row part.
std::string corridors_table(const PropertyGraph& graph,
                            const std::vector<planner::CorridorScore>& scores);

// Recommended new ties with their reasons, in words made here from the result's numbers.
std::string recommendations_table(const PropertyGraph& graph, const planner::RecommendResult& r,
                                  const std::string& kind);

// Targets with a progress bar and the projection at the observed pace.
std::string targets_table(const std::vector<planner::TargetProgress>& targets);

// Opening of a table section: heading, CSV button and <thead> with the given columns.
std::string table_head(const std::string& id, const std::string& title,
                       const std::vector<std::string>& columns);

// A 0..1 bar with the number beside it.
std::string bar(double fraction, const std::string& text, const std::string& tone = "");

}  // namespace innonet::html
