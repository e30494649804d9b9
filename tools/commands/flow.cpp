// `innonet flow --from SET --to SET`: maximum flow and minimum cut between two node sets
// (flow::max_flow, push–relabel). Capacities are the projection's weights: the edge weight, or an
// edge attribute with --capacity ATTR (edges without it get capacity 0). --level city rolls the
// graph up first. Undirected edges carry capacity both ways.
#include <memory>

#include "algorithms/flow/max_flow.hpp"
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
  Selection selection = a.selection->to_selection();
  if (!a.capacity.empty()) {
    selection.weighting = Weighting::attribute;
    selection.weight_attribute = a.capacity;
  }
  const CsrGraph g = project_for(graph, selection, a.level);
  const auto sources = vertex_set(graph, g, a.from, a.level, "--from");
  const auto sinks = vertex_set(graph, g, a.to, a.level, "--to");
  const auto r = flow::max_flow(g, sources, sinks);

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
      "; min cut = edges leaving the vertices still reachable from the sources");

  output::Table cut{"cut", "Minimum cut", {"from", "to", "capacity"}, {}, {}};
  for (const auto& arc : r.cut)
    cut.add_row({vertex_label(graph, g, arc.from), vertex_label(graph, g, arc.to), arc.capacity});

  output::Table flows{"flow", "Flow per edge", {"from", "to", "flow", "capacity"}, {}, {}};
  const auto w = g.out_weight_array();
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (ArcIndex e = g.out_begin(u); e < g.out_begin(u + 1); ++e)
      if (r.arc_flow[e] > 0.0)
        flows.add_row({vertex_label(graph, g, u), vertex_label(graph, g, g.out_targets()[e]),
                       r.arc_flow[e], w.empty() ? 1.0 : w[e]});
  return {.tables = {std::move(summary), std::move(cut), std::move(flows)}};
}

}  // namespace

Command add_flow(CLI::App& root, std::shared_ptr<const GlobalOptions> options) {
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
