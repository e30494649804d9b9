// `innonet neighbors ID`: the edges at one node, or with --level L the level nodes its level node
// is tied to (e.g. the cities Nanjing's enterprises, labs and parks reach), counted per kind.
// --direction out|in|both picks edges leaving or entering the node; undirected edges count as
// both. The shared selection options (--kinds, --evidence, --types, --year(s)) filter the edges;
// --types applies to the node at the other end.
#include <algorithm>

#include "engine/error.hpp"
#include "engine/rollup.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_format.hpp"

namespace innonet::cli {
namespace {

struct NeighborsArgs {
  std::string id;
  std::string direction = "both";
  std::string level;  // empty: the node's own edges
};

// "out", "in" or "undirected" as seen from `self`, or empty when --direction leaves it out.
std::string side(bool undirected, bool outgoing, const std::string& wanted) {
  if (undirected) return "undirected";
  const std::string s = outgoing ? "out" : "in";
  return wanted == "both" || wanted == s ? s : "";
}

output::Table edge_neighbors(const PropertyGraph& graph, NodeRef self, const Selection& selection,
                             const std::string& direction) {
  output::Table t{"neighbors",
                  "Edges at " + node_label(graph, self),
                  {"edge_id", "direction", "neighbor_id", "neighbor_name", "neighbor_type", "kind",
                   "weight", "year", "evidence"},
                  {},
                  {}};
  const EdgeFilter edge_filter(graph, selection);
  for (const EdgeRef ref : graph.incident_edges(self)) {
    const Edge& e = graph.edge(ref);
    if (!edge_filter.keeps(ref)) continue;
    const bool outgoing = e.source == self;
    const NodeRef other = outgoing ? e.target : e.source;
    const Node& n = graph.node(other);
    if (!selection.node_types.empty() &&
        std::find(selection.node_types.begin(), selection.node_types.end(),
                  graph.type_name(n.type)) == selection.node_types.end())
      continue;
    const bool undirected = e.direction == EdgeDirection::undirected ||
                            selection.direction == ProjectedDirection::undirected;
    const std::string dir = side(undirected, outgoing, direction);
    if (dir.empty()) continue;
    t.add_row({graph.edge_label(ref), dir, n.id, n.name, graph.type_name(n.type),
               graph.kind_name(e.kind), e.weight, year_cell(e.year),
               graph.evidence_name(e.evidence)});
  }
  return t;
}

output::Report level_neighbors(const PropertyGraph& graph, NodeRef self, const Selection& selection,
                               const NeighborsArgs& args) {
  const auto level_type = graph.find_type(args.level);
  const Rollup r = rollup(graph, selection, args.level);  // refuses an unknown level
  const auto at = graph.ancestor_of_type(self, *level_type);
  if (!at)
    throw UsageError("node '" + graph.node(self).id + "' (" +
                     graph.type_name(graph.node(self).type) + ") has no " + args.level +
                     " above it");
  output::Table t{"neighbors",
                  "Level nodes (" + args.level + ") tied to " + node_label(graph, *at),
                  {"neighbor_id", "neighbor_name", "direction", "kind", "edges", "weight_sum"},
                  {},
                  {}};
  std::vector<const RollupTie*> ties;
  for (const auto& tie : r.ties)
    if (tie.source == *at || tie.target == *at) ties.push_back(&tie);
  const auto other = [&](const RollupTie* t) { return t->source == *at ? t->target : t->source; };
  std::stable_sort(ties.begin(), ties.end(), [&](const auto* a, const auto* b) {
    return std::pair(other(a), graph.kind_name(a->kind)) <
           std::pair(other(b), graph.kind_name(b->kind));
  });
  for (const RollupTie* tie : ties) {
    const bool outgoing = tie->source == *at;
    const std::string dir =
        side(tie->direction == EdgeDirection::undirected, outgoing, args.direction);
    if (dir.empty()) continue;
    const Node& n = graph.node(outgoing ? tie->target : tie->source);
    t.add_row({n.id, n.name, dir, graph.kind_name(tie->kind), tie->edge_count, tie->weight_sum});
  }
  std::int64_t internal = 0;
  for (const auto& in : r.internal)
    if (in.level_node == *at) internal = in.edge_count;
  t.notes.push_back(std::to_string(internal) + " selected edges lie inside " +
                    node_label(graph, *at));
  t.notes.push_back(std::to_string(r.edges_lost) + " selected edges have an end with no " +
                    args.level + " and are left out (see `innonet rollup --level " + args.level +
                    "`)");
  output::Report report;
  report.tables.push_back(std::move(t));
  return report;
}

output::Report run_neighbors(const NeighborsArgs& args, const SelectionArgs& selection_args,
                             const GlobalOptions& options) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  const NodeRef self = require_node(graph, args.id);
  const Selection selection = selection_args.to_selection();
  check_selection(graph, selection);
  if (!args.level.empty()) return level_neighbors(graph, self, selection, args);
  output::Report report;
  report.tables.push_back(edge_neighbors(graph, self, selection, args.direction));
  return report;
}

}  // namespace

Command add_neighbors(CLI::App& root, std::shared_ptr<const GlobalOptions> options) {
  auto args = std::make_shared<NeighborsArgs>();
  auto* cmd = root.add_subcommand("neighbors", "Edges at a node, or its ties at a roll-up level");
  cmd->add_option("id", args->id, "Node id")->required();
  cmd->add_option("--direction", args->direction, "out, in or both (default both)")
      ->check(CLI::IsMember({"out", "in", "both"}));
  cmd->add_option("--level", args->level,
                  "Answer at this hierarchy level (a node type, e.g. city): tied level nodes "
                  "with edge counts per kind");
  auto selection = add_selection_options(*cmd);
  return {cmd, [args, selection, options] { return run_neighbors(*args, *selection, *options); }};
}

}  // namespace innonet::cli
