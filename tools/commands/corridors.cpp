// `innonet corridors`: rank every named corridor (and any proposed with --corridor) by the
// explainable composite score of algorithms/planner/corridor_score.hpp. --within PLACE keeps the
// corridors whose members all lie under PLACE and scores them on the ties inside it only
// (tools/within.hpp); the gravity model then compares only the places inside it.
#include "algorithms/planner/corridor_score.hpp"
#include "tools/command.hpp"
#include "tools/commands/planner_common.hpp"
#include "tools/graph_source.hpp"
#include "tools/within.hpp"

namespace innonet::cli {
namespace {

output::Table ranking_table(const PropertyGraph& graph,
                            const std::vector<planner::CorridorScore>& scores) {
  output::Table table{
      .name = "corridors",
      .title = "Corridors ranked (scores 0..1; see `innonet corridor NAME`)",
      .columns = {"rank", "id", "name", "members", "ties", "declared_links", "kinds", "capacity",
                  "disjoint_paths", "single_points", "observed_to_expected", "ties_score",
                  "multiplexity_score", "capacity_score", "robustness_score", "gravity_score",
                  "composite"}};
  for (const auto& s : scores) {
    const auto& b = s.breakdown;
    table.add_row(
        {std::int64_t{s.rank}, b.corridor.id, b.corridor.name, member_names(graph, b.members_used),
         b.ties, b.declared_links, std::int64_t{b.multiplexity}, b.capacity, b.disjoint_paths,
         static_cast<std::int64_t>(b.single_points.size()),
         s.gravity.available ? output::Cell{s.gravity.observed_to_expected} : output::Cell{},
         s.ties_score, s.multiplexity_score, s.capacity_score, s.robustness_score,
         s.gravity.available ? output::Cell{s.gravity_score} : output::Cell{}, s.composite});
  }
  return table;
}

}  // namespace

Command add_corridors(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd =
      root.add_subcommand("corridors",
                          "Rank the named corridors (and proposed ones) by ties, kinds, capacity, "
                          "robustness and fit to the gravity model");
  auto selection = add_selection_options(*cmd);
  auto planner_args = add_planner_options(*cmd);
  auto within = std::make_shared<std::string>();
  add_within_option(*cmd, *within);
  return {cmd, [=] {
            const GraphSource source = load_graph(*options);
            const PropertyGraph& graph = source.properties();
            Selection chosen = selection->to_selection(graph);
            std::vector<bool> inside;
            if (!within->empty()) {
              inside = within_scope(graph, *within);
              chosen = restrict_to(graph, std::move(chosen), inside);
            }
            const auto scoring = scoring_options(*planner_args, chosen);
            auto corridors = planner::declared_corridors(graph);
            for (auto& c : proposed_corridors(graph, *planner_args)) corridors.push_back(c);
            const std::int64_t dropped =
                within->empty() ? 0
                                : drop_corridors_outside(corridors, inside, planner_args->implied);
            // One place network serves both the gravity scores and the notes below.
            const auto places = planner::scoring_place_network(graph, scoring);
            const auto scores = planner::score_corridors(graph, places, corridors, scoring);
            output::Report report;
            report.tables.push_back(ranking_table(graph, scores));
            auto& notes = report.tables.back().notes;
            notes.push_back("gravity masses: " + places.masses.basis);
            for (const auto& n : places.masses.notes) notes.push_back(n);
            for (const auto& n : places.notes) notes.push_back(n);
            notes.push_back("weights: " + planner::profile_to_json(scoring.profile).dump());
            notes.emplace_back(
                "capacity and paths count real ties only; corridor_link edges are "
                "declarations (declared_links)");
            if (!within->empty())
              notes.push_back("only corridors with every member within " + *within + " (" +
                              std::to_string(dropped) + " left out) and ties inside it (--within)");
            return report;
          }};
}

}  // namespace innonet::cli
