#include "tools/commands/planner_common.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "engine/error.hpp"

namespace innonet::cli {

std::shared_ptr<PlannerArgs> add_planner_options(CLI::App& command) {
  auto args = std::make_shared<PlannerArgs>();
  command.add_option("--corridor", args->proposed,
                     "Score a proposed corridor given as member ids, e.g. nanjing,xuancheng "
                     "(repeatable)");
  command.add_option("--profile", args->profile_path,
                     "JSON score profile: {\"weights\": {\"ties\": .., \"multiplexity\": .., "
                     "\"capacity\": .., \"robustness\": .., \"gravity_fit\": ..}}");
  command.add_option("--mass", args->mass_metric,
                     "Indicator metric used as gravity mass (default: subtree size proxy)");
  command.add_option("--place-type", args->level,
                     "Node type of the places the gravity model compares (default city)");
  command.add_flag("--implied", args->implied, "Count members the sources only imply");
  return args;
}

planner::CorridorScoringOptions scoring_options(const PlannerArgs& args,
                                                const Selection& selection) {
  planner::CorridorScoringOptions options;
  options.corridor.selection = selection;
  options.corridor.implied =
      args.implied ? planner::ImpliedMembers::include : planner::ImpliedMembers::exclude;
  options.places.place_type = args.level;
  options.places.masses.metric = args.mass_metric;
  if (!args.profile_path.empty()) {
    std::ifstream in(args.profile_path);
    if (!in) throw Error(args.profile_path + ": cannot open the score profile");
    nlohmann::json profile;
    try {
      profile = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& e) {
      throw ParseError(args.profile_path, 0, 0, std::string("not valid JSON: ") + e.what());
    }
    try {
      options.profile = planner::profile_from_json(profile);
    } catch (const std::invalid_argument& e) {
      throw Error(args.profile_path + ": " + e.what());
    }
  }
  return options;
}

std::vector<planner::Corridor> proposed_corridors(const PropertyGraph& graph,
                                                  const PlannerArgs& args) {
  std::vector<planner::Corridor> corridors;
  for (const auto& spec : args.proposed) {
    std::vector<std::string> ids;
    std::stringstream in(spec);
    for (std::string id; std::getline(in, id, ',');)
      if (!id.empty()) ids.push_back(id);
    corridors.push_back(planner::proposed_corridor(graph, ids));
  }
  return corridors;
}

std::string member_names(const PropertyGraph& graph, const std::vector<NodeRef>& members) {
  std::string text;
  for (auto m : members) text += (text.empty() ? "" : "、") + graph.node(m).name;
  return text;
}

namespace {

std::string fixed(double value, int digits) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", digits, value);
  return text;
}

// "1 common partner", "2 common partners": the count with the noun it governs.
std::string count_of(std::int64_t count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

std::vector<std::string> recommendation_reasons(const PropertyGraph& graph,
                                                const planner::Recommendation& r,
                                                double efficiency) {
  const auto& a = graph.node(r.a).name;
  const auto& b = graph.node(r.b).name;
  std::vector<std::string> reasons;
  reasons.push_back(
      "gravity expects " + fixed(100 * r.expected_share, 1) + "% of all inter-place ties between " +
      a + " and " + b + " (masses " + fixed(r.mass_a, 0) + " and " + fixed(r.mass_b, 0) + ", " +
      fixed(r.distance_km, 0) + " km apart); " +
      count_of(r.existing_ties, "tie of any kind exists today", "ties of any kind exist today"));
  if (r.common_neighbours.empty()) {
    reasons.emplace_back("no common partner yet");
  } else {
    std::string names;
    for (auto z : r.common_neighbours) names += (names.empty() ? "" : ", ") + graph.node(z).name;
    reasons.push_back(
        count_of(std::ssize(r.common_neighbours), "common partner", "common partners") + " (" +
        names + "): resource allocation " + fixed(r.resource_allocation, 3));
  }
  reasons.push_back("global efficiency would rise by " + fixed(r.efficiency_gain, 4) + " (from " +
                    fixed(efficiency, 4) + ")");
  if (r.places_reconnected > 0)
    reasons.push_back("joins two separate parts of the network: " +
                      count_of(r.places_reconnected, "place reconnected", "places reconnected"));
  return reasons;
}

}  // namespace innonet::cli
