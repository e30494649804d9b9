// `innonet flow --from SET --to SET`: maximum flow and minimum cut between two node sets
// (flow::max_flow, push–relabel). Capacities are the projection's weights: the edge weight, or an
// edge attribute with --capacity ATTR (edges without it get capacity 0). --level city rolls the
// graph up first. Undirected edges carry capacity both ways. Declarations (corridor_link) carry
// no flow: the rule `corridor` uses (planner::flow_selection). The flow is shown as source→sink
// paths and, per edge, as their sum: push–relabel may leave flow round a cycle, which adds
// nothing to the value and is cancelled (flow::decompose_flow).
#include <memory>

#include "algorithms/flow/flow_paths.hpp"
#include "algorithms/flow/max_flow.hpp"
#include "algorithms/planner/corridor.hpp"
#include "algorithms/planner/corridor_capacity.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_set.hpp"

namespace innonet::cli {
namespace {

struct FlowArgs {
  std::string from, to, capacity, level;
  std::shared_ptr<SelectionArgs> selection;
};

output::Report run_flow(const FlowArgs& a, const GlobalOptions& options) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  const auto declarations = planner::CorridorOptions{}.declaration_kinds;
  Selection selection =
      planner::flow_selection(graph, a.selection->to_selection(graph), declarations);
  if (!a.capacity.empty()) {
    selection.weighting = Weighting::attribute;
    selection.weight_attribute = a.capacity;
  }
  const CsrGraph g = project_for(graph, selection, a.level);
  const auto sources = vertex_set(graph, g, a.from, a.level, "--from");
  const auto sinks = vertex_set(graph, g, a.to, a.level, "--to");
  const auto r = flow::max_flow(g, sources, sinks);
  const auto paths = flow::decompose_flow(g, r.arc_flow, sources, sinks);

  output::Table summary{"summary", "Maximum flow", {"metric", "value"}, {}, {}};
  summary.add_row({"max_flow", r.value});
  summary.add_row({"min_cut_capacity", r.cut_capacity});
  summary.add_row({"cut_edges", static_cast<std::int64_t>(r.cut.size())});
  summary.add_row({"sources", static_cast<std::int64_t>(sources.size())});
  summary.add_row({"sinks", static_cast<std::int64_t>(sinks.size())});
  summary.add_row(
      {"source_side_vertices", static_cast<std::int64_t>(std::count(
                                   r.source_side.begin(), r.source_side.end(), std::uint8_t{1}))});
  summary.notes.push_back(
      "capacity: " + (a.capacity.empty() ? std::string("edge weight") : "attribute " + a.capacity) +
      (a.level.empty() ? "" : "; rolled up to " + a.level) +
      "; min cut = edges leaving the vertices still reachable from the sources; declarations (" +
      declarations.front() + ") carry no flow, as in `innonet corridor`");
  if (paths.cycles_cancelled > 0)
    summary.notes.push_back(std::to_string(paths.cycles_cancelled) +
                            " flow cycles cancelled (they carried nothing from sources to sinks)");

  output::Table cut{"cut", "Minimum cut", {"from", "to", "capacity"}, {}, {}};
  for (const auto& arc : r.cut)
    cut.add_row({vertex_label(graph, g, arc.from), vertex_label(graph, g, arc.to), arc.capacity});

  output::Table routes{"paths",
                       "Flow as paths from the sources to the sinks",
                       {"path", "flow", "hops", "route"},
                       {},
                       {}};
  std::int64_t number = 0;
  for (const auto& p : paths.paths) {
    std::string route;
    for (const Vertex v : p.vertices)
      route += (route.empty() ? "" : " → ") + vertex_label(graph, g, v);
    routes.add_row({++number, p.value, static_cast<std::int64_t>(p.arcs.size()), route});
  }
  output::Table flows{"flow",
                      "Flow per edge (the paths added up; no cycles)",
                      {"from", "to", "flow", "capacity"},
                      {},
                      {}};
  const auto w = g.out_weight_array();
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (ArcIndex e = g.out_begin(u); e < g.out_begin(u + 1); ++e)
      if (paths.acyclic_flow[e] > 0.0)
        flows.add_row({vertex_label(graph, g, u), vertex_label(graph, g, g.out_targets()[e]),
                       paths.acyclic_flow[e], w.empty() ? 1.0 : w[e]});
  return {.tables = {std::move(summary), std::move(cut), std::move(routes), std::move(flows)}};
}

}  // namespace

Command add_flow(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<FlowArgs>();
  auto* cmd = root.add_subcommand("flow", "Maximum flow and minimum cut between two node sets");
  cmd->add_option("--from", args->from,
                  "Source set: ids, @ID (ID and all inside it), type:T[@ID], or a corridor/region")
      ->required();
  cmd->add_option("--to", args->to, "Sink set (same syntax)")->required();
  cmd->add_option("--capacity", args->capacity,
                  "Edge attribute used as capacity (default: the edge weight)");
  cmd->add_option("--level", args->level, "Roll up to this node type first (e.g. city)");
  args->selection = add_selection_options(*cmd);
  return {cmd, [args, options] { return run_flow(*args, *options); }};
}

}  // namespace innonet::cli
