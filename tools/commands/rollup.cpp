// `innonet rollup --level L`: the quotient graph at one hierarchy level (engine/rollup.hpp).
// Tables: summary, ties (per source, target, kind), pairs (all kinds together), internal (edges
// inside one level node) and unplaced (selected nodes with no ancestor at the level, with the
// edges lost because of them, most first).
#include "engine/rollup.hpp"

#include <algorithm>

#include "engine/error.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_format.hpp"
#include "tools/zones.hpp"

namespace innonet::cli {
namespace {

using output::Cell;

struct RollupArgs {
  std::string level = "city";
  std::string zones;  // --zones FILE.csv: with --level zone
};

output::Table summary_table(const Rollup& r, const std::string& level) {
  output::Table t{"summary", "Roll-up to " + level, {"metric", "value"}, {}, {}};
  const std::vector<std::pair<std::string, Cell>> rows{
      {"level", level},
      {"level_nodes", static_cast<std::int64_t>(r.level_nodes.size())},
      {"edges_selected", r.edges_selected},
      {"edges_between", r.edges_between},
      {"edges_internal", r.edges_internal},
      {"edges_lost", r.edges_lost},
      {"unplaced_nodes", static_cast<std::int64_t>(r.unplaced.size())},
      {"ties", static_cast<std::int64_t>(r.ties.size())}};
  for (const auto& [metric, value] : rows) t.add_row({metric, value});
  return t;
}

output::Table tie_table(const PropertyGraph& graph, const Rollup& r) {
  output::Table t{"ties",
                  "Ties between level nodes, per kind",
                  {"source_id", "source_name", "target_id", "target_name", "direction", "kind",
                   "edges", "weight_sum"},
                  {},
                  {}};
  for (const auto& tie : r.ties)
    t.add_row({graph.node(tie.source).id, graph.node(tie.source).name, graph.node(tie.target).id,
               graph.node(tie.target).name, direction_name(tie.direction),
               graph.kind_name(tie.kind), tie.edge_count, tie.weight_sum});
  return t;
}

output::Table pair_table(const PropertyGraph& graph, const Rollup& r) {
  output::Table t{"pairs",
                  "Ties between level nodes, all kinds",
                  {"source_id", "target_id", "direction", "edges", "weight_sum"},
                  {},
                  {}};
  for (const auto& pair : r.pairs)
    t.add_row({graph.node(pair.source).id, graph.node(pair.target).id,
               direction_name(pair.direction), pair.edge_count, pair.weight_sum});
  return t;
}

output::Table internal_table(const PropertyGraph& graph, const Rollup& r) {
  output::Table t{"internal",
                  "Edges inside one level node",
                  {"level_id", "level_name", "edges", "weight_sum"},
                  {},
                  {}};
  for (const auto& in : r.internal)
    t.add_row({graph.node(in.level_node).id, graph.node(in.level_node).name, in.edge_count,
               in.weight_sum});
  return t;
}

output::Table unplaced_table(const PropertyGraph& graph, const Rollup& r,
                             const std::string& level) {
  output::Table t{"unplaced",
                  "Nodes with no " + level + " above them",
                  {"id", "name", "type", "edges_lost"},
                  {},
                  {}};
  std::vector<UnplacedNode> order = r.unplaced;
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.edges_lost > b.edges_lost; });
  for (const auto& u : order) {
    const Node& n = graph.node(u.node);
    t.add_row({n.id, n.name, graph.type_name(n.type), u.edges_lost});
  }
  t.notes.push_back(std::to_string(r.edges_lost) +
                    " selected edges are lost (an edge with two unplaced ends counts once here "
                    "and once per end above)");
  return t;
}

output::Report zone_rollup(const PropertyGraph& graph, const Selection& selection,
                           const RollupArgs& args) {
  const Zones zones = read_zones(graph, args.zones);
  const ZoneRollup r = rollup_zones(graph, selection, zones);
  output::Table summary{
      "zones", "Zones from " + args.zones, {"zone", "nodes_listed", "nodes"}, {}, {}};
  for (std::size_t z = 0; z < zones.names.size(); ++z)
    summary.add_row(
        {zones.names[z], static_cast<std::int64_t>(zones.listed[z].size()), r.nodes_in_zone[z]});
  summary.notes.emplace_back("nodes: the listed nodes and everything inside them");
  summary.notes.push_back(
      std::to_string(r.edges_selected) + " selected ties: " + std::to_string(r.edges_between) +
      " between zones, " + std::to_string(r.edges_inside) + " inside one zone, " +
      std::to_string(r.edges_unzoned) + " with an end in no zone (left out)");
  output::Table pairs{"ties",
                      "Ties between and inside zones, per kind",
                      {"zone_a", "zone_b", "inside", "kind", "edges", "weight_sum"},
                      {},
                      {}};
  for (const auto& p : r.pairs)
    pairs.add_row({zones.names[p.a], zones.names[p.b], std::string(p.a == p.b ? "yes" : ""), p.kind,
                   p.edges, p.weight_sum});
  return {.tables = {std::move(summary), std::move(pairs)}};
}

output::Report run_rollup(const RollupArgs& args, const SelectionArgs& selection,
                          const GlobalOptions& options) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  if (!args.zones.empty() || args.level == "zone") {
    if (args.zones.empty()) throw UsageError("--level zone needs --zones FILE.csv (node,zone)");
    if (args.level != "zone") throw UsageError("--zones needs --level zone");
    return zone_rollup(graph, selection.to_selection(graph), args);
  }
  const Rollup r = rollup(graph, selection.to_selection(graph), args.level);
  output::Report report;
  report.tables.push_back(summary_table(r, args.level));
  report.tables.push_back(tie_table(graph, r));
  report.tables.push_back(pair_table(graph, r));
  report.tables.push_back(internal_table(graph, r));
  report.tables.push_back(unplaced_table(graph, r, args.level));
  return report;
}

}  // namespace

Command add_rollup(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<RollupArgs>();
  auto* cmd = root.add_subcommand(
      "rollup", "Quotient graph at a hierarchy level: ties between e.g. cities, per kind");
  cmd->add_option("--level", args->level,
                  "Hierarchy level, a node type, or 'zone' with --zones (default city)");
  cmd->add_option("--zones", args->zones,
                  "CSV of node,zone lines (node by id or name): roll up to your own zones");
  auto selection = add_selection_options(*cmd);
  return {cmd, [args, selection, options] { return run_rollup(*args, *selection, *options); }};
}

}  // namespace innonet::cli
