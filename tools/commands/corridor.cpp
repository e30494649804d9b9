// `innonet corridor NAME` (or `--corridor a,b`): one corridor explained component by component,
// with the ties behind each number, the bottleneck ties and the single points of failure.
#include <algorithm>

#include "algorithms/planner/corridor_score.hpp"
#include "engine/error.hpp"
#include "tools/command.hpp"
#include "tools/commands/planner_common.hpp"
#include "tools/graph_source.hpp"
#include "tools/planner_words.hpp"

namespace innonet::cli {
namespace {

output::Table summary_table(const PropertyGraph& graph, const planner::CorridorScore& s,
                            const planner::ScoreProfile& w) {
  const auto& b = s.breakdown;
  output::Table t{
      .name = "summary",
      .title = b.corridor.name + " (" + b.corridor.id + "): " + member_names(graph, b.members_used),
      .columns = {"component", "value", "score", "weight", "meaning"}};
  std::string kinds;
  for (const auto& [kind, count] : b.ties_by_kind)
    kinds += (kinds.empty() ? "" : ", ") + kind + " " + std::to_string(count);
  t.add_row({"ties", b.ties, s.ties_score, w.ties,
             "ties between the members' organisations" + (kinds.empty() ? "" : ": " + kinds)});
  t.add_row({"multiplexity", std::int64_t{b.multiplexity}, s.multiplexity_score, w.multiplexity,
             "distinct kinds of tie"});
  std::string weakest = b.weakest_pair ? graph.node(b.weakest_pair->first).name + "–" +
                                             graph.node(b.weakest_pair->second).name
                                       : "";
  t.add_row({"capacity", b.capacity, s.capacity_score, w.capacity,
             "max flow between member subtrees, weakest pair " + weakest});
  t.add_row({"robustness", b.disjoint_paths, s.robustness_score, w.robustness,
             "paths sharing no organisation (weakest pair); " +
                 std::to_string(b.single_points.size()) + " single points of failure"});
  t.add_row({"gravity_fit",
             s.gravity.available ? output::Cell{s.gravity.observed_to_expected} : output::Cell{},
             s.gravity.available ? output::Cell{s.gravity_score} : output::Cell{}, w.gravity_fit,
             s.gravity.available
                 ? "observed share " + std::to_string(s.gravity.observed_share) +
                       " / expected share " + std::to_string(s.gravity.expected_share) + "; " +
                       s.gravity.explanation
                 : "not available: " + s.gravity.explanation});
  t.add_row({"composite", output::Cell{}, s.composite, output::Cell{},
             "weighted mean of the scores above (rank " + std::to_string(s.rank) + ")"});
  t.notes.push_back("declared links (corridor_link, not counted as ties): " +
                    std::to_string(b.declared_links));
  if (b.ties_by_year.empty())
    t.notes.push_back("no dated ties: change between years cannot be measured (" +
                      std::to_string(b.undated_ties) + " undated)");
  for (const auto& [year, count] : b.ties_by_year)
    t.notes.push_back("ties dated " + std::to_string(year) + ": " + std::to_string(count));
  for (const auto& note : b.notes) t.notes.push_back(corridor_note_text(graph, note));
  return t;
}

output::Table ties_table(const PropertyGraph& graph, const planner::CorridorBreakdown& b) {
  output::Table t{.name = "ties",
                  .title = "Ties behind the count",
                  .columns = {"edge", "source", "target", "kind", "evidence", "weight"}};
  for (auto e : b.tie_edges) {
    const Edge& edge = graph.edge(e);
    t.add_row({graph.edge_label(e), node_label(graph, edge.source), node_label(graph, edge.target),
               graph.kind_name(edge.kind), graph.evidence_name(edge.evidence), edge.weight});
  }
  return t;
}

// The place (city, or whatever type the members are) a node outside the members lies in.
std::string place_of(const PropertyGraph& graph, NodeRef node, TypeId member_type) {
  const auto place = graph.ancestor_of_type(node, member_type);
  return place ? graph.node(*place).name : graph.node(node).name;
}

output::Table bottleneck_table(const PropertyGraph& graph, const planner::CorridorBreakdown& b) {
  output::Table t{.name = "bottleneck",
                  .title = "Minimum cut of the weakest pair: the ties a planner would strengthen",
                  .columns = {"from", "to", "capacity", "edges", "kind", "flow", "through"}};
  const TypeId member_type =
      b.members_used.empty() ? TypeId{} : graph.node(b.members_used.front()).type;
  bool third = false;
  for (const auto& tie : b.bottleneck) {
    std::string through;
    for (const NodeRef end : tie.outside_members)
      through += (through.empty() ? "" : ", ") + place_of(graph, end, member_type);
    third |= !through.empty();
    for (const EdgeRef e : tie.edges) {  // each edge as stored; its weight is its capacity
      const Edge& edge = graph.edge(e);
      const bool along = edge.source == tie.from;
      t.add_row({node_label(graph, edge.source), node_label(graph, edge.target), edge.weight,
                 graph.edge_label(e), graph.kind_name(edge.kind),
                 std::string(edge.direction == EdgeDirection::undirected ? "either way"
                             : along                                     ? "as stored"
                                                                         : "against stored"),
                 through});
    }
  }
  t.notes.emplace_back(
      "each cut edge in its stored direction; capacity = its weight (the rows add up to the "
      "corridor's capacity); flow: the direction the maximum flow crosses it (corridors read "
      "ties as relationships, so flow may run against a directed tie)");
  if (third)
    t.notes.emplace_back(
        "through: a route between the members runs through this third place, whose tie is "
        "part of the cut");
  t.notes.emplace_back("declarations (corridor_link) carry no flow, as in `innonet flow`");
  return t;
}

output::Table single_points_table(const PropertyGraph& graph, const planner::CorridorBreakdown& b) {
  output::Table t{.name = "single_points",
                  .title = "Organisations every path between some pair of members runs through",
                  .columns = {"id", "name", "type"}};
  for (auto v : b.single_points)
    t.add_row({graph.node(v).id, graph.node(v).name, graph.type_name(graph.node(v).type)});
  return t;
}

}  // namespace

Command add_corridor(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd =
      root.add_subcommand("corridor", "Explain one corridor's score, component by component");
  auto name = std::make_shared<std::string>();
  cmd->add_option("name", *name, "Corridor id or name (e.g. ninghuai, G312科创走廊)");
  auto selection = add_selection_options(*cmd);
  auto planner_args = add_planner_options(*cmd);
  return {cmd, [=] {
            const GraphSource source = load_graph(*options);
            const PropertyGraph& graph = source.properties();
            const auto scoring = scoring_options(*planner_args, selection->to_selection(graph));
            auto corridors = planner::declared_corridors(graph);
            const auto proposed = proposed_corridors(graph, *planner_args);
            if (name->empty() == proposed.empty())
              throw UsageError("give either a corridor NAME or one --corridor ID,ID");
            const auto target =
                name->empty() ? proposed.front() : planner::find_corridor(graph, *name);
            corridors.insert(corridors.end(), proposed.begin(), proposed.end());
            // Scores are relative to the other corridors, so rank them all and pick this one.
            const auto scores = planner::score_corridors(graph, corridors, scoring);
            const auto it = std::find_if(scores.begin(), scores.end(), [&](const auto& s) {
              return s.breakdown.corridor.id == target.id;
            });
            output::Report report;
            report.tables.push_back(summary_table(graph, *it, scoring.profile));
            report.tables.push_back(ties_table(graph, it->breakdown));
            report.tables.push_back(bottleneck_table(graph, it->breakdown));
            report.tables.push_back(single_points_table(graph, it->breakdown));
            return report;
          }};
}

}  // namespace innonet::cli
