// `innonet whatif`: remove organisations (--remove SET) or whole edge kinds (--remove-kind K) and
// report what changes (flow/resilience.hpp):
//   components   the component of --anchor (default: --from, else the largest) before and
//                after, and who is cut off from it; with --from/--to whether they still connect
//   flow         max flow --from -> --to before and after
//   separators   organisations whose removal alone cuts --from off from --to, and a minimum
//                set of organisations that does (vertex cut), on the graph after the removal
//   pagerank, betweenness   the top movers of that centrality
// "Connected" is weak: ties count whichever way they point.
#include <algorithm>
#include <memory>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/flow/max_flow.hpp"
#include "algorithms/flow/resilience.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_set.hpp"

namespace innonet::cli {
namespace {

struct WhatifArgs {
  std::string remove, from, to, anchor, level;
  std::vector<std::string> remove_kinds, measures{"components"};
  int top = 10;
  std::shared_ptr<SelectionArgs> selection;
};

struct Scenario {
  const PropertyGraph& graph;
  CsrGraph before, after;  // same vertices; after lacks the removed edges and vertices' arcs
  std::vector<Vertex> removed, from, to;
  std::string label(Vertex v) const { return vertex_label(graph, before, v); }
};

std::vector<Vertex> without(std::vector<Vertex> set, const std::vector<Vertex>& removed) {
  std::erase_if(set, [&](Vertex v) { return std::ranges::find(removed, v) != removed.end(); });
  return set;
}

output::Table components_table(const Scenario& s, const WhatifArgs& a) {
  std::vector<Vertex> anchor = s.from;
  if (!a.anchor.empty()) anchor = vertex_set(s.graph, s.before, a.anchor, a.level, "--anchor");
  const auto kept = without(anchor, s.removed);
  const auto change = flow::connectivity_change(s.before, s.after, s.removed, anchor);
  output::Table t{"components", "Connectivity", {"metric", "before", "after"}, {}, {}};
  t.add_row({"component_size", static_cast<std::int64_t>(change.component_before),
             static_cast<std::int64_t>(change.component_after)});
  t.add_row({"components", change.components_before, change.components_after});
  if (!s.from.empty() && !s.to.empty()) {
    const auto to = without(s.to, s.removed);
    const bool after = !kept.empty() && !to.empty() && flow::sets_connected(s.after, kept, to);
    t.add_row({"from_reaches_to", flow::sets_connected(s.before, s.from, s.to) ? "yes" : "no",
               after ? "yes" : "no"});
  }
  t.add_row({"cut_off", std::int64_t{0}, static_cast<std::int64_t>(change.cut_off.size())});
  t.notes.push_back(
      std::string("watched component: ") +
      (anchor.empty() ? "the largest" : "the one holding the anchor (--anchor, else --from)") +
      "; removed vertices are not counted after; connected = weakly");
  for (const Vertex v : change.cut_off) t.notes.push_back("cut off: " + s.label(v));
  return t;
}

output::Table flow_table(const Scenario& s) {
  if (s.from.empty() || s.to.empty())
    throw std::invalid_argument("--measure flow: needs --from and --to");
  output::Table t{"flow", "Maximum flow", {"metric", "before", "after"}, {}, {}};
  const auto from = without(s.from, s.removed), to = without(s.to, s.removed);
  const double after = from.empty() || to.empty() ? 0.0 : flow::max_flow(s.after, from, to).value;
  t.add_row({"max_flow", flow::max_flow(s.before, s.from, s.to).value, after});
  return t;
}

output::Table separators_table(const Scenario& s) {
  if (s.from.empty() || s.to.empty())
    throw std::invalid_argument("--measure separators: needs --from and --to");
  output::Table t{"separators",
                  "Organisations that cut --from off from --to",
                  {"node", "alone", "in_minimum_cut"},
                  {},
                  {}};
  const auto from = without(s.from, s.removed), to = without(s.to, s.removed);
  if (from.empty() || to.empty() || !flow::sets_connected(s.after, from, to)) {
    t.notes.emplace_back("--from and --to are not connected (after the removal)");
    return t;
  }
  const auto alone = flow::single_vertex_separators(s.after, from, to);
  const auto cut = flow::minimum_vertex_cut(s.after, from, to);
  std::vector<Vertex> all = alone;
  all.insert(all.end(), cut.vertices.begin(), cut.vertices.end());
  std::ranges::sort(all);
  all.erase(std::unique(all.begin(), all.end()), all.end());
  for (const Vertex v : all)
    t.add_row({s.label(v), std::ranges::binary_search(alone, v) ? "yes" : "no",
               std::ranges::binary_search(cut.vertices, v) ? "yes" : "no"});
  if (!cut.exists)
    t.notes.emplace_back("--from and --to share an edge: no set of others separates them");
  t.notes.push_back("minimum cut size: " + std::to_string(cut.vertices.size()));
  return t;
}

output::Table movers_table(const Scenario& s, const std::string& metric, int top) {
  const auto score = [&](const CsrGraph& g) {
    if (metric == "pagerank") return centrality::pagerank(g).score;
    return centrality::betweenness(g).score;
  };
  const auto before = score(s.before), after = score(s.after);
  output::Table t{
      metric + "_movers", "Top movers: " + metric, {"node", "before", "after", "change"}, {}, {}};
  for (const Vertex v : flow::top_movers(before, after, top, s.removed))
    t.add_row({s.label(v), before[v], after[v], after[v] - before[v]});
  return t;
}

output::Report run_whatif(const WhatifArgs& a, const GlobalOptions& options) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  const Selection selection = a.selection->to_selection(graph);
  Selection reduced = selection;
  for (const auto& kind : a.remove_kinds) {
    const auto k = graph.find_kind(kind);
    if (!k) throw std::invalid_argument("--remove-kind: unknown edge kind '" + kind + "'");
    for (std::int32_t e = 0; e < graph.num_edges(); ++e)
      if (graph.edge(EdgeRef{e}).kind == *k) reduced.removed_edges.push_back(EdgeRef{e});
  }
  Scenario s{graph, project_for(graph, selection, a.level), {}, {}, {}, {}};
  if (!a.remove.empty()) s.removed = vertex_set(graph, s.before, a.remove, a.level, "--remove");
  s.after = flow::remove_vertices(project_for(graph, reduced, a.level), s.removed);
  if (!a.from.empty()) s.from = vertex_set(graph, s.before, a.from, a.level, "--from");
  if (!a.to.empty()) s.to = vertex_set(graph, s.before, a.to, a.level, "--to");
  output::Report report;
  output::Table removed{"removed", "Removed", {"what"}, {}, {}};
  for (const Vertex v : s.removed) removed.add_row({s.label(v)});
  for (const auto& kind : a.remove_kinds) removed.add_row({"edge kind " + kind});
  report.tables.push_back(std::move(removed));
  for (const auto& m : a.measures) {
    if (m == "components") report.tables.push_back(components_table(s, a));
    if (m == "flow") report.tables.push_back(flow_table(s));
    if (m == "separators") report.tables.push_back(separators_table(s));
    if (m == "pagerank" || m == "betweenness") report.tables.push_back(movers_table(s, m, a.top));
  }
  return report;
}

}  // namespace

Command add_whatif(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<WhatifArgs>();
  auto* cmd = root.add_subcommand("whatif", "Remove nodes or edge kinds and report what changes");
  cmd->add_option("--remove", args->remove, "Nodes to remove (a node set: ids, @ID, type:T@ID)");
  cmd->add_option("--remove-kind", args->remove_kinds, "Edge kinds to remove")->delimiter(',');
  cmd->add_option("--from", args->from, "Node set for flow / reachability / separators");
  cmd->add_option("--to", args->to, "Second node set");
  cmd->add_option("--anchor", args->anchor, "Component to watch (default: --from, else largest)");
  cmd->add_option("--measure", args->measures,
                  "components, flow, separators, pagerank, betweenness (comma-separated)")
      ->delimiter(',')
      ->check(CLI::IsMember({"components", "flow", "separators", "pagerank", "betweenness"}));
  cmd->add_option("--top", args->top, "Rows of top movers")->check(CLI::PositiveNumber);
  cmd->add_option("--level", args->level, "Roll up to this node type first (e.g. city)");
  args->selection = add_selection_options(*cmd);
  return {cmd, [args, options] { return run_whatif(*args, *options); }};
}

}  // namespace innonet::cli
