// `innonet places`: one row per place of a level (cities by default) with what a planner asks of
// it: its partner places and ties, the ties inside it, the corridors it lies on, and how many
// ties of one kind (flying enclaves by default) it hosts and owns. Filters make each of the
// planner's usual questions one command:
//   --hosting              places hosting a tie of --kind   (flying-enclave hosts)
//   --on-corridor --lacking places on a corridor with no tie of --kind (corridor, no enclave)
//   --without-ties         places with no tie to another place (left out; with --evidence)
//   --within GROUP|SET     only the places in a group (nanjing_metro) or node set
// A tie's place is the nearest ancestor of the level type of each end (the place itself
// included). Declarations (corridor_link) are not ties. A directed tie of --kind is hosted by
// its target's place and owned by its source's (a flying enclave runs owner -> host, as the
// dataset's e023 "Huai'an-owned enclaves located in Nanjing"); an undirected one (a two-way
// enclave) is hosted and owned by both. Cost: O(n + m).
#include <algorithm>
#include <map>
#include <set>

#include "algorithms/planner/corridor.hpp"
#include "engine/error.hpp"
#include "engine/rollup.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_format.hpp"
#include "tools/node_set.hpp"

namespace innonet::cli {
namespace {

struct PlacesArgs {
  std::string level = "city";
  std::string kind = "flying_enclave";
  std::string within;
  bool hosting = false, lacking = false, on_corridor = false, without_ties = false;
  std::shared_ptr<SelectionArgs> selection;
};

struct PlaceRow {
  std::set<NodeRef> partners;
  std::int64_t ties_out = 0, ties_inside = 0, hosted = 0, owned = 0;
  std::vector<std::string> corridors;
};

std::map<NodeRef, PlaceRow> profile(const PropertyGraph& graph, const Selection& selection,
                                    TypeId level, const std::string& kind) {
  std::map<NodeRef, PlaceRow> rows;
  for (std::int32_t i = 0; i < graph.num_nodes(); ++i)
    if (graph.node(NodeRef{i}).type == level) rows[NodeRef{i}];
  const EdgeFilter filter(graph, selection);
  const auto declarations = planner::CorridorOptions{}.declaration_kinds;
  for (std::int32_t i = 0; i < graph.num_edges(); ++i) {
    const EdgeRef ref{i};
    const Edge& e = graph.edge(ref);
    const std::string& edge_kind = graph.kind_name(e.kind);
    if (!filter.keeps(ref) ||
        std::find(declarations.begin(), declarations.end(), edge_kind) != declarations.end())
      continue;
    const auto a = graph.ancestor_of_type(e.source, level);
    const auto b = graph.ancestor_of_type(e.target, level);
    if (!a || !b) continue;
    if (*a == *b) {
      ++rows[*a].ties_inside;
      continue;
    }
    ++rows[*a].ties_out, ++rows[*b].ties_out;
    rows[*a].partners.insert(*b), rows[*b].partners.insert(*a);
    if (edge_kind != kind) continue;
    ++rows[*b].hosted, ++rows[*a].owned;
    if (e.direction == EdgeDirection::undirected) ++rows[*a].hosted, ++rows[*b].owned;
  }
  for (const auto& group : graph.groups()) {
    if (group.kind != GroupKind::corridor) continue;
    std::set<NodeRef> on;
    for (const NodeRef m : group.members)
      if (const auto place = graph.ancestor_of_type(m, level)) on.insert(*place);
    for (const NodeRef p : on) rows[p].corridors.push_back(group.id);
  }
  return rows;
}

// Places inside the --within set: a member, or under a member, or (for a member inside a place)
// the place above it.
std::set<NodeRef> within_places(const PropertyGraph& graph, const std::string& text, TypeId level) {
  std::set<NodeRef> places;
  for (const NodeRef node : parse_node_set(graph, text, "--within"))
    if (const auto place = graph.ancestor_of_type(node, level)) places.insert(*place);
  return places;
}

std::string names(const PropertyGraph& graph, const std::set<NodeRef>& nodes) {
  std::string text;
  for (const NodeRef n : nodes) text += (text.empty() ? "" : "、") + graph.node(n).name;
  return text;
}

output::Report run_places(const PlacesArgs& a, const GlobalOptions& options) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  const Selection selection = a.selection->to_selection(graph);
  check_selection(graph, selection);
  const auto level = graph.find_type(a.level);
  if (!level) throw UsageError("--level: unknown node type '" + a.level + "'");
  if (!graph.find_kind(a.kind)) throw UsageError("--kind: unknown edge kind '" + a.kind + "'");
  const auto rows = profile(graph, selection, *level, a.kind);
  const auto scope =
      a.within.empty() ? std::set<NodeRef>{} : within_places(graph, a.within, *level);
  output::Table t{"places",
                  "Places (" + a.level + ")",
                  {"id", "name", "name_en", "parent", "partner_places", "partners", "ties_out",
                   "ties_inside", "corridors", a.kind + "_hosted", a.kind + "_owned"},
                  {},
                  {}};
  for (const auto& [place, r] : rows) {
    if (!scope.empty() && !scope.count(place)) continue;
    if ((a.hosting && r.hosted == 0) || (a.lacking && r.hosted + r.owned > 0) ||
        (a.on_corridor && r.corridors.empty()) || (a.without_ties && r.ties_out > 0))
      continue;
    std::string corridors;
    for (const auto& c : r.corridors) corridors += (corridors.empty() ? "" : ",") + c;
    const Node& n = graph.node(place);
    t.add_row({n.id, n.name, n.name_en, n.parent ? graph.node(*n.parent).name : std::string(),
               static_cast<std::int64_t>(r.partners.size()), names(graph, r.partners), r.ties_out,
               r.ties_inside, corridors, r.hosted, r.owned});
  }
  t.notes.push_back(
      "ties_out: ties to organisations of other places; ties_inside: between organisations of "
      "the same place; corridors: declared corridors with the place or a node inside it as a "
      "member; " +
      a.kind +
      ": a directed tie is hosted by the target's place and owned by the "
      "source's, an undirected one by both; declarations (corridor_link) are not ties");
  std::string filters;
  if (!a.within.empty()) filters += " within " + a.within + ";";
  if (a.hosting) filters += " hosting a " + a.kind + ";";
  if (a.on_corridor) filters += " on a corridor;";
  if (a.lacking) filters += " with no " + a.kind + ";";
  if (a.without_ties) filters += " with no tie to another place;";
  if (!filters.empty()) t.notes.push_back("only places" + filters.substr(0, filters.size() - 1));
  return {.tables = {std::move(t)}};
}

}  // namespace

Command add_places(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<PlacesArgs>();
  auto* cmd = root.add_subcommand(
      "places", "Places (cities) with partners, ties, corridors and hosted ties, filtered");
  cmd->add_option("--level", args->level, "Node type of the places (default city)");
  cmd->add_option("--kind", args->kind,
                  "Tie kind counted as hosted/owned (default flying_enclave)");
  cmd->add_option("--within", args->within,
                  "Only places in this group or node set (e.g. nanjing_metro); default: all");
  cmd->add_flag("--hosting", args->hosting, "Only places hosting a tie of --kind (default off)");
  cmd->add_flag("--lacking", args->lacking,
                "Only places with no tie of --kind, hosted or owned (default off)");
  cmd->add_flag("--on-corridor", args->on_corridor,
                "Only places on a declared corridor (default off)");
  cmd->add_flag("--without-ties", args->without_ties,
                "Only places with no tie to another place in the selection (default off)");
  args->selection = add_selection_options(*cmd);
  return {cmd, [args, options] { return run_places(*args, *options); }};
}

}  // namespace innonet::cli
