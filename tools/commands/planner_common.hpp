#pragma once
// Options the planner commands (corridors, corridor, recommend) share: which corridors, the
// score profile, the mass indicator, implied members.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "algorithms/planner/corridor_score.hpp"
#include "algorithms/planner/recommend.hpp"
#include "engine/property_graph.hpp"
#include "tools/graph_source.hpp"

namespace innonet::cli {

struct PlannerArgs {
  std::vector<std::string> proposed;  // each "id,id,..." a corridor that does not exist yet
  std::string profile_path;           // JSON score profile
  std::string mass_metric;            // indicator used as gravity mass; empty = proxy
  std::string level = "city";         // place type for the gravity model
  bool implied = false;               // count members_implied as members
};

std::shared_ptr<PlannerArgs> add_planner_options(CLI::App& command);

// Scoring options from the parsed flags (reads and validates the profile file).
planner::CorridorScoringOptions scoring_options(const PlannerArgs& args,
                                                const Selection& selection);

// The corridors --corridor proposed, in order.
std::vector<planner::Corridor> proposed_corridors(const PropertyGraph& graph,
                                                  const PlannerArgs& args);

std::string member_names(const PropertyGraph& graph, const std::vector<NodeRef>& members);

// A recommendation's numbers in words ("gravity expects 3.8% of all inter-place ties between 南京
// and 南通 ..."), one sentence per component; `efficiency` is the network's before the new tie.
std::vector<std::string> recommendation_reasons(const PropertyGraph& graph,
                                                const planner::Recommendation& r,
                                                double efficiency);

}  // namespace innonet::cli
