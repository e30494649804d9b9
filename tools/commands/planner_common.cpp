#include "tools/commands/planner_common.hpp"

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

}  // namespace innonet::cli
