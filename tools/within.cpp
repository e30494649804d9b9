#include "tools/within.hpp"

#include <algorithm>

#include "tools/node_set.hpp"

namespace innonet::cli {

void add_within_option(CLI::App& command, std::string& text) {
  command.add_option("--within", text,
                     "Only nodes and ties under this place or group (e.g. nanjing, 南京, "
                     "nanjing_metro); default: everywhere");
}

std::vector<bool> within_scope(const PropertyGraph& graph, const std::string& text) {
  std::vector<bool> inside(static_cast<std::size_t>(graph.num_nodes()), false);
  std::vector<NodeRef> stack = parse_node_set(graph, text, "--within");
  while (!stack.empty()) {
    const NodeRef x = stack.back();
    stack.pop_back();
    if (inside[index(x)]) continue;
    inside[index(x)] = true;
    for (const NodeRef child : graph.children(x)) stack.push_back(child);
  }
  return inside;
}

Selection restrict_to(const PropertyGraph& graph, Selection selection,
                      const std::vector<bool>& inside) {
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v)
    if (!inside[static_cast<std::size_t>(v)]) selection.removed_nodes.push_back(NodeRef{v});
  for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edge(EdgeRef{e});
    if (!inside[index(edge.source)] || !inside[index(edge.target)])
      selection.removed_edges.push_back(EdgeRef{e});
  }
  return selection;
}

Selection within_selection(const PropertyGraph& graph, Selection selection,
                           const std::string& text) {
  if (text.empty()) return selection;
  return restrict_to(graph, std::move(selection), within_scope(graph, text));
}

std::int64_t drop_corridors_outside(std::vector<planner::Corridor>& corridors,
                                    const std::vector<bool>& inside, bool implied) {
  const auto out = [&](NodeRef m) { return !inside[index(m)]; };
  return static_cast<std::int64_t>(std::erase_if(corridors, [&](const planner::Corridor& c) {
    return std::any_of(c.members.begin(), c.members.end(), out) ||
           (implied && std::any_of(c.members_implied.begin(), c.members_implied.end(), out));
  }));
}

}  // namespace innonet::cli
