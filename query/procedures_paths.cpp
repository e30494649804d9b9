// innonet.shortestPath and innonet.maxflow: the path and flow subcommands' computations. Node
// options (from, to) take node ids, group ids (their members), nodes, or lists of them; with a
// level, a node stands for its ancestor of that type, as in the subcommands.
#include <algorithm>

#include "algorithms/flow/max_flow.hpp"
#include "algorithms/paths/k_shortest_paths.hpp"
#include "engine/error.hpp"
#include "engine/level_projection.hpp"
#include "query/procedure_options.hpp"
#include "query/procedures.hpp"

namespace innonet::query {
namespace {

std::vector<std::string> with_selection(std::vector<std::string> names) {
  for (auto& n : selection_option_names()) names.push_back(n);
  return names;
}

void add_nodes(const GraphView& view, const Value& v, const std::string& what,
               std::vector<NodeRef>& out) {
  const PropertyGraph& g = view.graph();
  if (v.is_list()) {
    for (const auto& x : v.as_list()) add_nodes(view, x, what, out);
    return;
  }
  if (v.is_node() && v.as_node().id < g.num_nodes()) {
    out.push_back(NodeRef(v.as_node().id));
    return;
  }
  const Value id = v.is_node() ? view.node_property(v.as_node().id, "id") : v;
  if (!id.is_string()) throw UsageError(what + " expects node ids, nodes or lists of them");
  if (const auto n = g.find_node(id.as_string())) {
    out.push_back(*n);
  } else if (const auto* group = g.find_group(id.as_string())) {
    out.insert(out.end(), group->members.begin(), group->members.end());
  } else {
    throw UsageError(what + ": unknown node id '" + id.as_string() + "'");
  }
}

std::vector<Vertex> vertices(const GraphView& view, const CsrGraph& g, const Map& map,
                             const std::string& key, const std::string& procedure,
                             const std::string& level) {
  const auto it = map.find(key);
  if (it == map.end()) throw UsageError(procedure + ": option '" + key + "' is required");
  std::vector<NodeRef> nodes;
  add_nodes(view, it->second, procedure + ": " + key, nodes);
  const auto type = level.empty() ? std::nullopt : view.graph().find_type(level);
  std::vector<Vertex> out;
  for (auto n : nodes) {
    if (type) n = view.graph().ancestor_of_type(n, *type).value_or(n);
    const Vertex v = vertex_of(g, n);
    if (v != kNoVertex) out.push_back(v);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.empty())
    throw UsageError(procedure + ": " + key + " selects no vertex of the projection");
  return out;
}

ProcedureTable run_shortest_path(const GraphView& view, const Map& map) {
  const std::string name = "innonet.shortestPath";
  const Options o(name, map);
  const CsrGraph g = o.project(view.graph(), true);
  const std::string level = o.text("level", "");
  const auto from = vertices(view, g, map, "from", name, level);
  const auto to = vertices(view, g, map, "to", name, level);
  if (from.size() != 1 || to.size() != 1)
    throw UsageError(name + ": from and to name one node each");
  const std::string rule = o.text("length", "inverse");
  const auto length = rule == "weight" ? paths::LengthRule::weight
                      : rule == "hops" ? paths::LengthRule::hops
                                       : paths::LengthRule::inverse_weight;
  if (rule != "weight" && rule != "hops" && rule != "inverse")
    throw UsageError(name + ": length expects 'inverse', 'weight' or 'hops'");
  ProcedureTable t;
  if (from[0] == to[0]) return t;
  const auto r =
      paths::k_shortest_paths(g, from[0], to[0], {.k = int(o.integer("k", 1)), .length = length});
  for (std::size_t i = 0; i < r.paths.size(); ++i) {
    List nodes;
    for (const auto v : r.paths[i].vertices) nodes.push_back(node_value(g, v));
    t.rows.push_back({Value(std::int64_t(i + 1)), Value(r.paths[i].length),
                      Value(std::int64_t(r.paths[i].vertices.size()) - 1),
                      Value(std::move(nodes))});
  }
  return t;
}

ProcedureTable run_max_flow(const GraphView& view, const Map& map) {
  const std::string name = "innonet.maxflow";
  const Options o(name, map);
  Selection s = o.selection();
  const std::string capacity = o.text("capacity", "");
  if (!capacity.empty()) {
    s.weighting = Weighting::attribute;
    s.weight_attribute = capacity;
  }
  const std::string level = o.text("level", "");
  const CsrGraph g =
      level.empty() ? project(view.graph(), s) : project_at_level(view.graph(), s, level);
  const auto sources = vertices(view, g, map, "from", name, level);
  const auto sinks = vertices(view, g, map, "to", name, level);
  const auto r = flow::max_flow(g, sources, sinks);
  ProcedureTable t;
  t.rows.push_back({Value(r.value), Value(r.cut_capacity), Value(std::int64_t(r.cut.size())),
                    Value(std::int64_t(sources.size())), Value(std::int64_t(sinks.size()))});
  return t;
}

}  // namespace

void add_path_procedures(std::vector<Procedure>& out) {
  out.push_back({"innonet.shortestPath",
                 {"rank", "length", "hops", "nodes"},
                 with_selection({"from", "to", "k", "length"}),
                 "k shortest paths between two nodes (path)",
                 run_shortest_path});
  out.push_back({"innonet.maxflow",
                 {"value", "cut_capacity", "cut_arcs", "sources", "sinks"},
                 with_selection({"from", "to", "capacity"}),
                 "maximum flow between two node sets (flow)",
                 run_max_flow});
}

}  // namespace innonet::query
