// `innonet neighbors ID`: the edges at one node, or with --level L the level nodes its level node
// is tied to (e.g. the cities Nanjing's enterprises, labs and parks reach), counted per kind.
// --direction out|in|both picks edges leaving or entering the node; undirected edges count as
// both. The shared selection options (--kinds, --evidence, --types, --year(s)) filter the edges;
// --types applies to the node at the other end. ID may be a name (南京, Nanjing).
// --level L for a node that is itself of type L (a city) answers for that place and everything
// inside it; for any other node (a university) it answers for the node itself: the places its
// own ties reach, with the ties behind each. --hops 2 adds the nodes two ties away.
#include <algorithm>
#include <map>
#include <tuple>

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
  int hops = 1;
};

std::string parent_name(const PropertyGraph& graph, const Node& n) {
  return n.parent ? graph.node(*n.parent).name : std::string();
}

bool type_selected(const PropertyGraph& graph, const Selection& selection, const Node& n) {
  return selection.node_types.empty() ||
         std::find(selection.node_types.begin(), selection.node_types.end(),
                   graph.type_name(n.type)) != selection.node_types.end();
}

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
                  {"edge_id", "direction", "neighbor_id", "neighbor_name", "neighbor_type",
                   "neighbor_parent", "kind", "weight", "year", "evidence"},
                  {},
                  {}};
  const EdgeFilter edge_filter(graph, selection);
  for (const EdgeRef ref : graph.incident_edges(self)) {
    const Edge& e = graph.edge(ref);
    if (!edge_filter.keeps(ref)) continue;
    const bool outgoing = e.source == self;
    const NodeRef other = outgoing ? e.target : e.source;
    const Node& n = graph.node(other);
    if (!type_selected(graph, selection, n)) continue;
    const bool undirected = e.direction == EdgeDirection::undirected ||
                            selection.direction == ProjectedDirection::undirected;
    const std::string dir = side(undirected, outgoing, direction);
    if (dir.empty()) continue;
    t.add_row({graph.edge_label(ref), dir, n.id, n.name, graph.type_name(n.type),
               parent_name(graph, n), graph.kind_name(e.kind), e.weight, year_cell(e.year),
               graph.evidence_name(e.evidence)});
  }
  return t;
}

// The nodes within `hops` ties of `self` (ties read both ways), with the hop count and the node
// through which each was first reached; breadth-first, neighbours in edge order.
output::Table hop_table(const PropertyGraph& graph, NodeRef self, const Selection& selection,
                        int hops) {
  output::Table t{"reach",
                  "Nodes within " + std::to_string(hops) + " ties of " + node_label(graph, self),
                  {"hops", "id", "name", "type", "parent", "via"},
                  {},
                  {}};
  const EdgeFilter edge_filter(graph, selection);
  std::vector<int> distance(static_cast<std::size_t>(graph.num_nodes()), -1);
  std::vector<NodeRef> via(distance.size(), self), frontier{self};
  distance[index(self)] = 0;
  for (int hop = 1; hop <= hops; ++hop) {
    std::vector<NodeRef> next;
    for (const NodeRef at : frontier)
      for (const EdgeRef ref : graph.incident_edges(at)) {
        if (!edge_filter.keeps(ref)) continue;
        const Edge& e = graph.edge(ref);
        const NodeRef other = e.source == at ? e.target : e.source;
        if (distance[index(other)] >= 0 || !type_selected(graph, selection, graph.node(other)))
          continue;
        distance[index(other)] = hop;
        via[index(other)] = hop == 1 ? self : at;
        next.push_back(other);
        const Node& n = graph.node(other);
        t.add_row({std::int64_t{hop}, n.id, n.name, graph.type_name(n.type), parent_name(graph, n),
                   hop == 1 ? std::string() : node_label(graph, at)});
      }
    frontier = std::move(next);
  }
  t.notes.emplace_back(
      "ties read both ways; via = the node one tie closer through which it was "
      "first reached");
  return t;
}

// --level for a node that is not itself a place of the level: the places its own ties reach.
output::Report reach_of_node(const PropertyGraph& graph, NodeRef self, const Selection& selection,
                             const NeighborsArgs& args, TypeId level_type) {
  const auto home = graph.ancestor_of_type(self, level_type);
  output::Table t{
      "neighbors",
      args.level + " reached by the ties of " + node_label(graph, self),
      {"neighbor_id", "neighbor_name", "direction", "kind", "edges", "weight_sum", "edge_ids"},
      {},
      {}};
  struct Entry {
    std::int64_t edges = 0;
    double weight = 0.0;
    std::string ids;
  };
  std::map<std::tuple<std::string, std::string, std::string>, Entry> rows;  // place, dir, kind
  std::int64_t unplaced = 0;
  const EdgeFilter edge_filter(graph, selection);
  for (const EdgeRef ref : graph.incident_edges(self)) {
    if (!edge_filter.keeps(ref)) continue;
    const Edge& e = graph.edge(ref);
    const bool outgoing = e.source == self;
    const NodeRef other = outgoing ? e.target : e.source;
    if (!type_selected(graph, selection, graph.node(other))) continue;
    const bool undirected = e.direction == EdgeDirection::undirected ||
                            selection.direction == ProjectedDirection::undirected;
    const std::string dir = side(undirected, outgoing, args.direction);
    if (dir.empty()) continue;
    const auto place = graph.ancestor_of_type(other, level_type);
    if (!place) {
      ++unplaced;
      continue;
    }
    Entry& entry = rows[{graph.node(*place).id, dir, graph.kind_name(e.kind)}];
    ++entry.edges;
    entry.weight += e.weight;
    entry.ids += (entry.ids.empty() ? "" : ",") + graph.edge_label(ref);
  }
  for (const auto& [key, entry] : rows) {
    const Node& place = graph.node(*graph.find_node(std::get<0>(key)));
    t.add_row({place.id, place.name, std::get<1>(key), std::get<2>(key), entry.edges, entry.weight,
               entry.ids});
  }
  t.notes.push_back(
      node_label(graph, self) + " is a " + graph.type_name(graph.node(self).type) +
      (home ? " in " + node_label(graph, *home) : std::string(" in no ") + args.level) +
      "; rows are its own ties, by the " + args.level + " at the other end");
  if (unplaced > 0)
    t.notes.push_back(std::to_string(unplaced) + " of its ties end at a node in no " + args.level +
                      " (e.g. a national body) and are not listed");
  output::Report report;
  report.tables.push_back(std::move(t));
  return report;
}

output::Report level_neighbors(const PropertyGraph& graph, NodeRef self, const Selection& selection,
                               const NeighborsArgs& args) {
  const auto level_type = graph.find_type(args.level);
  const Rollup r = rollup(graph, selection, args.level);  // refuses an unknown level
  if (graph.node(self).type != *level_type)
    return reach_of_node(graph, self, selection, args, *level_type);
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
  const Selection selection = selection_args.to_selection(graph);
  check_selection(graph, selection);
  if (!args.level.empty()) return level_neighbors(graph, self, selection, args);
  output::Report report;
  report.tables.push_back(edge_neighbors(graph, self, selection, args.direction));
  if (args.hops > 1) report.tables.push_back(hop_table(graph, self, selection, args.hops));
  return report;
}

}  // namespace

Command add_neighbors(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<NeighborsArgs>();
  auto* cmd = root.add_subcommand("neighbors", "Edges at a node, or its ties at a roll-up level");
  cmd->add_option("id", args->id, "Node id, name or English name (e.g. nanjing, 南京, Nanjing)")
      ->required();
  cmd->add_option("--hops", args->hops,
                  "Also list the nodes up to this many ties away (default 1: only the edges)")
      ->check(CLI::Range(1, 4));
  cmd->add_option("--direction", args->direction, "out, in or both (default both)")
      ->check(CLI::IsMember({"out", "in", "both"}));
  cmd->add_option("--level", args->level,
                  "Answer at this hierarchy level (a node type, e.g. city): tied level nodes "
                  "with edge counts per kind");
  auto selection = add_selection_options(*cmd);
  return {cmd, [args, selection, options] { return run_neighbors(*args, *selection, *options); }};
}

}  // namespace innonet::cli
