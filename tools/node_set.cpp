#include "tools/node_set.hpp"

#include <algorithm>
#include <stdexcept>

#include "engine/error.hpp"
#include "engine/level_projection.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_format.hpp"

namespace innonet::cli {
namespace {

std::invalid_argument error(std::string_view option, const std::string& what) {
  return std::invalid_argument(std::string(option) + ": " + what);
}

NodeRef known_node(const PropertyGraph& graph, std::string_view id, std::string_view option) {
  if (const auto node = graph.find_node(id)) return *node;
  try {
    if (const auto node = find_node_named(graph, id)) return *node;
  } catch (const UsageError& e) {  // a shared name: the candidates, under the option's name
    throw error(option, e.what());
  }
  auto known = node_ids_and_names(graph);
  for (const auto& g : graph.groups()) known.push_back(g.id);
  throw error(option, unknown_id_message(known, id, "node or group id"));
}

void add_inside(const PropertyGraph& graph, NodeRef root, std::vector<NodeRef>& out) {
  std::vector<NodeRef> stack{root};
  while (!stack.empty()) {
    const NodeRef x = stack.back();
    stack.pop_back();
    out.push_back(x);
    for (const NodeRef child : graph.children(x)) stack.push_back(child);
  }
}

void add_term(const PropertyGraph& graph, std::string_view term, std::string_view option,
              std::vector<NodeRef>& out) {
  if (term.empty()) throw error(option, "empty term in the node set");
  if (term.starts_with("type:")) {
    const auto at = term.find('@');
    const auto type_name = term.substr(5, at == std::string_view::npos ? term.npos : at - 5);
    const auto type = graph.find_type(type_name);
    if (!type) {
      std::vector<std::string_view> names(graph.type_names().begin(), graph.type_names().end());
      throw error(option, unknown_id_message(names, type_name, "node type"));
    }
    std::vector<NodeRef> scope;
    if (at == std::string_view::npos) {
      for (std::int32_t i = 0; i < graph.num_nodes(); ++i) scope.push_back(NodeRef{i});
    } else {
      add_inside(graph, known_node(graph, term.substr(at + 1), option), scope);
    }
    const auto before = out.size();
    for (const NodeRef r : scope)
      if (graph.node(r).type == *type) out.push_back(r);
    if (out.size() == before)
      throw error(option, "type '" + std::string(type_name) + "' has no node" +
                              (at == std::string_view::npos
                                   ? std::string()
                                   : " inside '" + std::string(term.substr(at + 1)) + "'"));
    return;
  }
  if (term.starts_with("@"))
    return add_inside(graph, known_node(graph, term.substr(1), option), out);
  if (const auto node = graph.find_node(term)) return out.push_back(*node);
  if (const Group* group = graph.find_group(term)) {
    out.insert(out.end(), group->members.begin(), group->members.end());
    return;
  }
  out.push_back(known_node(graph, term, option));  // by name, or throws with a suggestion
}

}  // namespace

std::vector<NodeRef> parse_node_set(const PropertyGraph& graph, std::string_view text,
                                    std::string_view option) {
  std::vector<NodeRef> all;
  for (std::size_t start = 0; start <= text.size();) {
    const auto comma = std::min(text.find(',', start), text.size());
    add_term(graph, text.substr(start, comma - start), option, all);
    start = comma + 1;
  }
  std::vector<NodeRef> unique;
  std::vector<char> seen(graph.num_nodes(), 0);
  for (const NodeRef r : all)
    if (!seen[index(r)]++) unique.push_back(r);
  return unique;
}

std::vector<Vertex> to_vertices(const PropertyGraph& graph, const CsrGraph& projection,
                                std::span<const NodeRef> nodes, MissingNodes missing,
                                std::string_view option) {
  std::vector<Vertex> vertex_of(graph.num_nodes(), kNoVertex);
  const auto refs = projection.node_refs();
  for (Vertex v = 0; v < std::ssize(refs); ++v) vertex_of[index(refs[v])] = v;
  std::vector<Vertex> out;
  for (NodeRef r : nodes) {
    std::optional<NodeRef> x = r;
    while (missing == MissingNodes::use_ancestor && x && vertex_of[index(*x)] == kNoVertex)
      x = graph.node(*x).parent;
    if (x && vertex_of[index(*x)] != kNoVertex) out.push_back(vertex_of[index(*x)]);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.empty()) throw error(option, "selects no vertex of the projection");
  return out;
}

CsrGraph project_for(const PropertyGraph& graph, const Selection& selection,
                     const std::string& level) {
  return level.empty() ? project(graph, selection) : project_at_level(graph, selection, level);
}

std::vector<Vertex> vertex_set(const PropertyGraph& graph, const CsrGraph& projection,
                               std::string_view text, const std::string& level,
                               std::string_view option) {
  const auto nodes = parse_node_set(graph, text, option);
  return to_vertices(graph, projection, nodes,
                     level.empty() ? MissingNodes::skip : MissingNodes::use_ancestor, option);
}

std::string vertex_label(const PropertyGraph& graph, const CsrGraph& projection, Vertex v) {
  return node_label(graph, projection.node_refs()[v]);
}

}  // namespace innonet::cli
