// `innonet recommend --kind flying_enclave`: where the next tie of a kind should go, ranked by the
// blend documented in algorithms/planner/recommend.hpp, each with its reasons. --within PLACE
// pairs only the places under PLACE and counts only the ties inside it (tools/within.hpp).
#include "algorithms/planner/recommend.hpp"

#include "tools/command.hpp"
#include "tools/commands/planner_common.hpp"
#include "tools/graph_source.hpp"
#include "tools/within.hpp"

namespace innonet::cli {

Command add_recommend(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd = root.add_subcommand(
      "recommend", "Rank place pairs for a new flying enclave, partner park, joint lab...");
  auto args = std::make_shared<planner::RecommendOptions>();
  cmd->add_option("--kind", args->kind, "Kind of tie to place (default flying_enclave)");
  cmd->add_option("--level", args->level, "Node type of the places paired (default city)");
  cmd->add_option("--top", args->top, "Rows to show")->check(CLI::PositiveNumber);
  cmd->add_option("--mass", args->masses.metric,
                  "Indicator metric used as gravity mass (default: subtree size proxy)");
  cmd->add_option("--gravity-weight", args->gravity_weight, "Weight of the gravity score (0.4)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--structure-weight", args->structure_weight,
                  "Weight of the link-prediction score (0.3)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--gain-weight", args->gain_weight, "Weight of the efficiency gain (0.3)")
      ->check(CLI::NonNegativeNumber);
  auto within = std::make_shared<std::string>();
  add_within_option(*cmd, *within);
  auto selection = add_selection_options(*cmd);
  return {
      cmd, [=] {
        const GraphSource source = load_graph(*options);
        const PropertyGraph& graph = source.properties();
        planner::RecommendOptions o = *args;
        o.selection = within_selection(graph, selection->to_selection(graph), *within);
        const auto result = planner::recommend(graph, o);
        output::Table t{
            .name = "recommendations",
            .title = "Where a new " + o.kind + " would add most (" +
                     std::to_string(result.candidates) + " candidate pairs)",
            .columns = {"rank", "a", "b", "score", "gravity_score", "structure_score", "gain_score",
                        "expected_share", "existing_ties", "common_neighbours", "adamic_adar",
                        "resource_allocation", "efficiency_gain", "places_reconnected", "reasons"}};
        std::int64_t rank = 0;
        for (const auto& r : result.recommendations) {
          std::string reasons;
          for (const auto& reason : recommendation_reasons(graph, r, result.efficiency))
            reasons += (reasons.empty() ? "" : "; ") + reason;
          t.add_row({++rank, node_label(graph, r.a), node_label(graph, r.b), r.score,
                     r.gravity_score, r.structure_score, r.gain_score, r.expected_share,
                     r.existing_ties, static_cast<std::int64_t>(r.common_neighbours.size()),
                     r.adamic_adar, r.resource_allocation, r.efficiency_gain, r.places_reconnected,
                     reasons});
        }
        t.notes.push_back("score = " + std::to_string(o.gravity_weight) + " x gravity + " +
                          std::to_string(o.structure_weight) + " x structure + " +
                          std::to_string(o.gain_weight) + " x gain (each 0..1)");
        t.notes.push_back("gravity masses: " + result.mass_basis);
        t.notes.push_back("global efficiency now: " + std::to_string(result.efficiency) +
                          "; gain evaluated for the " + std::to_string(result.evaluated) +
                          " best candidates by gravity + structure");
        for (const auto& n : result.notes) t.notes.push_back(n);
        if (!within->empty())
          t.notes.push_back("only places and ties within " + *within + " (--within)");
        output::Report report;
        report.tables.push_back(std::move(t));
        return report;
      }};
}

}  // namespace innonet::cli
