// `innonet info`: what a graph holds. Counts by node type, edge kind and evidence grade, groups
// (corridors, regions), group edges and indicators; density and weak/strong component counts
// (algorithms/structure/components, as `structure` uses); the containment hierarchy: its depth and,
// per level, how many nodes have no ancestor at that level and how many edges a roll-up there would
// lose.
#include <algorithm>
#include <array>
#include <map>

#include "algorithms/structure/components.hpp"
#include "engine/projection.hpp"
#include "engine/rollup.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"

namespace innonet::cli {
namespace {

using output::Cell;

struct ComponentCounts {
  std::int64_t weak = 0, strong = 0, largest_weak = 0, isolated = 0;
  double density = 0.0;  // of the simple undirected projection: m / (n (n - 1) / 2)
};

ComponentCounts component_counts(const PropertyGraph& graph) {
  ComponentCounts c;
  Selection topology;  // unit weights, no self-loops
  topology.weighting = Weighting::unit;
  topology.self_loops = SelfLoops::drop;
  Selection symmetric = topology;
  symmetric.direction = ProjectedDirection::undirected;
  const CsrGraph sym = project(graph, symmetric);
  const auto n = static_cast<double>(sym.num_nodes());
  const auto weak = structure::weak_components(sym);
  c.weak = weak.count;
  c.largest_weak = weak.count == 0 ? 0 : weak.size[static_cast<std::size_t>(weak.largest)];
  for (Vertex v = 0; v < sym.num_nodes(); ++v) c.isolated += sym.out_degree(v) == 0;
  if (n > 1) c.density = static_cast<double>(sym.num_edges()) / (0.5 * n * (n - 1.0));
  c.strong = structure::strong_components(project(graph, topology)).count;
  return c;
}

output::Table summary_table(const PropertyGraph& graph) {
  output::Table t{"summary", "Graph", {"metric", "value"}, {}, {}};
  std::int64_t corridors = 0;
  for (const auto& group : graph.groups()) corridors += group.kind == GroupKind::corridor;
  const auto regions = std::ssize(graph.groups()) - corridors;
  const ComponentCounts c = component_counts(graph);
  const std::vector<std::pair<std::string, Cell>> rows{
      {"nodes", std::int64_t{graph.num_nodes()}},
      {"edges", std::int64_t{graph.num_edges()}},
      {"corridors", corridors},
      {"regions", regions},
      {"group_edges", static_cast<std::int64_t>(graph.group_edges().size())},
      {"indicators", static_cast<std::int64_t>(graph.indicators().size())},
      {"node_types", static_cast<std::int64_t>(graph.type_names().size())},
      {"edge_kinds", static_cast<std::int64_t>(graph.kind_names().size())},
      {"hierarchy_depth", std::int64_t{graph.hierarchy_depth()}},
      {"density", c.density},
      {"weak_components", c.weak},
      {"largest_weak_component", c.largest_weak},
      {"strong_components", c.strong},
      {"isolated_nodes", c.isolated}};
  for (const auto& [metric, value] : rows) t.add_row({metric, value});
  t.notes.push_back(
      "density: simple undirected projection of all edges; components: weak on that "
      "projection, strong on the edges as stored (undirected edges count both ways)");
  return t;
}

output::Table node_type_table(const PropertyGraph& graph) {
  output::Table t{"node_types", "Nodes by type", {"type", "nodes"}, {}, {}};
  std::vector<std::int64_t> count(graph.type_names().size(), 0);
  for (const auto& node : graph.nodes()) ++count[index(node.type)];
  for (std::size_t k = 0; k < count.size(); ++k) t.add_row({graph.type_names()[k], count[k]});
  return t;
}

output::Table edge_kind_table(const PropertyGraph& graph) {
  output::Table t{
      "edge_kinds", "Edges by kind", {"kind", "edges", "directed", "undirected"}, {}, {}};
  std::vector<std::array<std::int64_t, 2>> count(graph.kind_names().size(), {0, 0});
  for (const auto& edge : graph.edges())
    ++count[index(edge.kind)][edge.direction == EdgeDirection::directed ? 0 : 1];
  for (std::size_t k = 0; k < count.size(); ++k)
    t.add_row({graph.kind_names()[k], count[k][0] + count[k][1], count[k][0], count[k][1]});
  return t;
}

output::Table evidence_table(const PropertyGraph& graph) {
  output::Table t{"evidence", "Edges by evidence grade", {"evidence", "edges"}, {}, {}};
  std::vector<std::int64_t> count(graph.evidence_names().size(), 0);
  for (const auto& edge : graph.edges()) ++count[index(edge.evidence)];
  for (std::size_t k = 0; k < count.size(); ++k) t.add_row({graph.evidence_names()[k], count[k]});
  return t;
}

output::Table indicator_table(const PropertyGraph& graph) {
  output::Table t{"indicators", "Indicators by kind", {"kind", "indicators"}, {}, {}};
  std::vector<std::pair<std::string, std::int64_t>> count;  // first-seen order
  for (const auto& ind : graph.indicators()) {
    auto it = std::find_if(count.begin(), count.end(),
                           [&](const auto& entry) { return entry.first == ind.kind; });
    if (it == count.end()) it = count.insert(count.end(), {ind.kind, 0});
    ++it->second;
  }
  for (const auto& [kind, n] : count) t.add_row({kind, n});
  return t;
}

// Levels are the types that contain something, shallowest first.
output::Table level_table(const PropertyGraph& graph) {
  output::Table t{"levels",
                  "Hierarchy levels",
                  {"level", "min_depth", "nodes", "unplaced_nodes", "edges_lost"},
                  {},
                  {}};
  std::map<std::int32_t, std::int32_t> min_depth;  // TypeId index -> shallowest depth
  for (const auto& node : graph.nodes()) {
    if (!node.parent) continue;
    const auto parent = *node.parent;
    const auto type = index(graph.node(parent).type);
    const auto [it, fresh] = min_depth.try_emplace(type, graph.depth(parent));
    if (!fresh) it->second = std::min(it->second, graph.depth(parent));
  }
  std::vector<std::pair<std::int32_t, std::int32_t>> levels;  // (depth, type)
  for (const auto& [type, depth] : min_depth) levels.emplace_back(depth, type);
  std::sort(levels.begin(), levels.end());
  for (const auto& [depth, type] : levels) {
    const auto& name = graph.type_names()[type];
    const LevelLift lift = lift_to_level(graph, {}, name);
    t.add_row({name, std::int64_t{depth}, static_cast<std::int64_t>(lift.level_nodes.size()),
               static_cast<std::int64_t>(lift.unplaced.size()), lift.edges_lost});
  }
  t.notes.push_back(
      "unplaced_nodes: nodes with no ancestor-or-self of that type; edges_lost: edges a "
      "roll-up to that level cannot place (see `innonet rollup --level L`)");
  return t;
}

output::Report run_info(const GlobalOptions& options) {
  const PropertyGraph graph = load_graph(options);
  output::Report report;
  report.tables.push_back(summary_table(graph));
  report.tables.push_back(node_type_table(graph));
  report.tables.push_back(edge_kind_table(graph));
  report.tables.push_back(evidence_table(graph));
  report.tables.push_back(indicator_table(graph));
  report.tables.push_back(level_table(graph));
  return report;
}

}  // namespace

Command add_info(CLI::App& root, std::shared_ptr<const GlobalOptions> options) {
  auto* cmd = root.add_subcommand(
      "info", "Summarise the graph: counts by type, kind and evidence, components, hierarchy");
  return {cmd, [options] { return run_info(*options); }};
}

}  // namespace innonet::cli
