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

constexpr const char* kLevelNote =
    "unplaced_nodes: nodes with no ancestor-or-self of that type; edges_lost: edges a roll-up to "
    "that level cannot place (see `innonet rollup --level L`)";

struct ComponentCounts {
  std::int64_t weak = 0, strong = 0, largest_weak = 0, isolated = 0;
  double density = 0.0;  // of the simple undirected projection: m / (n (n - 1) / 2)
};

// Topology only: unit weights, no self-loops; `symmetric` every edge both ways.
Selection structure_selection(bool symmetric) {
  Selection s;
  s.weighting = Weighting::unit;
  s.self_loops = SelfLoops::drop;
  if (symmetric) s.direction = ProjectedDirection::undirected;
  return s;
}

// A structural source is projected off its CSR (no property graph is built).
std::shared_ptr<const CsrGraph> project_source(const GraphSource& source, bool symmetric) {
  const Selection s = structure_selection(symmetric);
  if (auto direct = source.project_structure(s)) return direct;
  return std::make_shared<const CsrGraph>(project(source.properties(), s));
}

ComponentCounts component_counts(const GraphSource& source) {
  ComponentCounts c;
  const auto sym = project_source(source, true);
  const auto n = static_cast<double>(sym->num_nodes());
  const auto weak = structure::weak_components(*sym);
  c.weak = weak.count;
  c.largest_weak = weak.count == 0 ? 0 : weak.size[static_cast<std::size_t>(weak.largest)];
  for (Vertex v = 0; v < sym->num_nodes(); ++v) c.isolated += sym->out_degree(v) == 0;
  if (n > 1) c.density = static_cast<double>(sym->num_edges()) / (0.5 * n * (n - 1.0));
  c.strong = structure::strong_components(*project_source(source, false)).count;
  return c;
}

// What the summary counts; a structural file has one node type, one edge kind and no groups.
struct RecordCounts {
  std::int64_t nodes = 0, edges = 0, corridors = 0, regions = 0, group_edges = 0, indicators = 0,
               node_types = 0, edge_kinds = 0, hierarchy_depth = 0;
};

RecordCounts record_counts(const GraphSource& source) {
  RecordCounts r;
  if (source.is_structural()) {
    const CsrGraph& g = source.structure();
    r.nodes = g.num_nodes();
    r.edges = g.num_edges();
    r.node_types = r.hierarchy_depth = r.nodes > 0 ? 1 : 0;
    r.edge_kinds = r.edges > 0 ? 1 : 0;
    return r;
  }
  const PropertyGraph& graph = source.properties();
  for (const auto& group : graph.groups()) r.corridors += group.kind == GroupKind::corridor;
  r.regions = std::ssize(graph.groups()) - r.corridors;
  r.nodes = graph.num_nodes();
  r.edges = graph.num_edges();
  r.group_edges = std::ssize(graph.group_edges());
  r.indicators = std::ssize(graph.indicators());
  r.node_types = std::ssize(graph.type_names());
  r.edge_kinds = std::ssize(graph.kind_names());
  r.hierarchy_depth = graph.hierarchy_depth();
  return r;
}

output::Table summary_table(const GraphSource& source) {
  output::Table t{"summary", "Graph", {"metric", "value"}, {}, {}};
  const RecordCounts r = record_counts(source);
  const ComponentCounts c = component_counts(source);
  const std::vector<std::pair<std::string, Cell>> rows{{"nodes", r.nodes},
                                                       {"edges", r.edges},
                                                       {"corridors", r.corridors},
                                                       {"regions", r.regions},
                                                       {"group_edges", r.group_edges},
                                                       {"indicators", r.indicators},
                                                       {"node_types", r.node_types},
                                                       {"edge_kinds", r.edge_kinds},
                                                       {"hierarchy_depth", r.hierarchy_depth},
                                                       {"density", c.density},
                                                       {"weak_components", c.weak},
                                                       {"largest_weak_component", c.largest_weak},
                                                       {"strong_components", c.strong},
                                                       {"isolated_nodes", c.isolated}};
  for (const auto& [metric, value] : rows) t.add_row({metric, value});
  t.notes.emplace_back(
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
  levels.reserve(min_depth.size());
  for (const auto& [type, depth] : min_depth) levels.emplace_back(depth, type);
  std::sort(levels.begin(), levels.end());
  for (const auto& [depth, type] : levels) {
    const auto& name = graph.type_names()[type];
    const LevelLift lift = lift_to_level(graph, {}, name);
    t.add_row({name, std::int64_t{depth}, static_cast<std::int64_t>(lift.level_nodes.size()),
               static_cast<std::int64_t>(lift.unplaced.size()), lift.edges_lost});
  }
  t.notes.emplace_back(kLevelNote);
  return t;
}

// The tables of a structural file, read off its CSR: nodes typed "node", edges of kind "edge"
// graded "stated", no indicators and no hierarchy (what io::to_property_graph would give).
void add_structure_tables(const CsrGraph& g, output::Report& report) {
  output::Table types{"node_types", "Nodes by type", {"type", "nodes"}, {}, {}};
  if (g.num_nodes() > 0) types.add_row({std::string("node"), std::int64_t{g.num_nodes()}});
  output::Table kinds{
      "edge_kinds", "Edges by kind", {"kind", "edges", "directed", "undirected"}, {}, {}};
  output::Table evidence{"evidence", "Edges by evidence grade", {"evidence", "edges"}, {}, {}};
  const std::int64_t m = g.num_edges();
  if (m > 0) {
    kinds.add_row({std::string("edge"), m, g.is_directed() ? m : 0, g.is_directed() ? 0 : m});
    evidence.add_row({std::string("stated"), m});
  }
  report.tables.push_back(std::move(types));
  report.tables.push_back(std::move(kinds));
  report.tables.push_back(std::move(evidence));
  report.tables.push_back({"indicators", "Indicators by kind", {"kind", "indicators"}, {}, {}});
  output::Table levels{"levels",
                       "Hierarchy levels",
                       {"level", "min_depth", "nodes", "unplaced_nodes", "edges_lost"},
                       {},
                       {}};
  levels.notes.emplace_back(kLevelNote);
  report.tables.push_back(std::move(levels));
}

output::Report run_info(const GlobalOptions& options) {
  const GraphSource source = load_graph(options);
  output::Report report;
  report.tables.push_back(summary_table(source));
  if (source.is_structural()) {
    add_structure_tables(source.structure(), report);
    return report;
  }
  const PropertyGraph& graph = source.properties();
  report.tables.push_back(node_type_table(graph));
  report.tables.push_back(edge_kind_table(graph));
  report.tables.push_back(evidence_table(graph));
  report.tables.push_back(indicator_table(graph));
  report.tables.push_back(level_table(graph));
  return report;
}

}  // namespace

Command add_info(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd = root.add_subcommand(
      "info", "Summarise the graph: counts by type, kind and evidence, components, hierarchy");
  return {cmd, [options] { return run_info(*options); }};
}

}  // namespace innonet::cli
