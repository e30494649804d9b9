// PropertyGraphBuilder::build(): the checks that need the whole graph (parents, cycles, group
// references) and the derived indexes (children, incident edges, depths).
#include <string>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"

namespace innonet {
namespace {

std::string node_record(const std::string& origin, const std::string& id) {
  return (origin.empty() ? "" : origin + ": ") + "node '" + id + "'";
}

// Depth of every node; throws on a parent cycle, naming the nodes on it. Iterative: a chain of
// millions of nodes must not overflow the stack.
std::vector<std::int32_t> depths(const std::vector<Node>& nodes,
                                 const std::vector<std::string>& origins) {
  constexpr std::int32_t kUnknown = -1, kOnPath = -2;
  std::vector<std::int32_t> depth(nodes.size(), kUnknown);
  std::vector<std::int32_t> path;
  for (std::size_t start = 0; start < nodes.size(); ++start) {
    path.clear();
    auto at = static_cast<std::int32_t>(start);
    while (at >= 0 && depth[at] == kUnknown) {
      depth[at] = kOnPath;
      path.push_back(at);
      at = nodes[at].parent ? index(*nodes[at].parent) : -1;
    }
    if (at >= 0 && depth[at] == kOnPath) {  // walked back onto this path: a cycle
      std::string cycle;
      bool on_cycle = false;
      for (auto v : path) {
        on_cycle = on_cycle || v == at;
        if (on_cycle) cycle += nodes[v].id + " -> ";
      }
      throw ValidationError(node_record(origins[at], nodes[at].id),
                            "parent cycle: " + cycle + nodes[at].id);
    }
    std::int32_t next = at < 0 ? 0 : depth[at] + 1;  // a root, or below an already-known node
    for (auto it = path.rbegin(); it != path.rend(); ++it) depth[*it] = next++;
  }
  return depth;
}

template <class Key>
void fill_csr(std::size_t n, const std::vector<std::pair<std::int32_t, Key>>& pairs,
              std::vector<std::int32_t>& offsets, std::vector<Key>& list) {
  offsets.assign(n + 1, 0);
  for (const auto& [owner, key] : pairs) ++offsets[owner + 1];
  for (std::size_t v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
  list.resize(pairs.size());
  auto cursor = offsets;
  for (const auto& [owner, key] : pairs) list[cursor[owner]++] = key;
}

}  // namespace

PropertyGraph PropertyGraphBuilder::build() {
  auto& nodes = graph_.nodes_;
  for (std::size_t v = 0; v < nodes.size(); ++v) {
    if (pending_parents_[v].empty()) continue;
    const auto parent = graph_.find_node(pending_parents_[v]);
    if (!parent)
      throw ValidationError(node_record(node_origins_[v], nodes[v].id),
                            "unknown parent '" + pending_parents_[v] + "'");
    nodes[v].parent = *parent;
  }
  graph_.depth_ = depths(nodes, node_origins_);

  auto resolvable = [&](const std::string& id) {
    return graph_.find_node(id) || graph_.find_group(id) != nullptr;
  };
  for (std::size_t i = 0; i < graph_.group_edges_.size(); ++i) {
    const auto& e = graph_.group_edges_[i];
    for (const auto* end : {&e.source, &e.target})
      if (!resolvable(*end))
        throw ValidationError(
            (group_edge_origins_[i].empty() ? "" : group_edge_origins_[i] + ": ") + "group edge '" +
                e.id + "'",
            "unknown endpoint '" + *end + "' (not a node or group id)");
  }
  for (std::size_t i = 0; i < graph_.indicators_.size(); ++i) {
    const auto& ind = graph_.indicators_[i];
    if (!ind.scope.empty() && !resolvable(ind.scope))
      throw ValidationError((indicator_origins_[i].empty() ? "" : indicator_origins_[i] + ": ") +
                                "indicator '" + ind.id + "'",
                            "unknown scope '" + ind.scope + "' (not a node or group id)");
  }

  std::vector<std::pair<std::int32_t, NodeRef>> child_pairs;
  for (std::size_t v = 0; v < nodes.size(); ++v)
    if (nodes[v].parent) child_pairs.emplace_back(index(*nodes[v].parent), static_cast<NodeRef>(v));
  fill_csr(nodes.size(), child_pairs, graph_.child_offsets_, graph_.child_list_);

  std::vector<std::pair<std::int32_t, EdgeRef>> incident_pairs;
  incident_pairs.reserve(graph_.edges_.size() * 2);
  for (std::size_t e = 0; e < graph_.edges_.size(); ++e) {
    const auto& edge = graph_.edges_[e];
    incident_pairs.emplace_back(index(edge.source), static_cast<EdgeRef>(e));
    if (edge.target != edge.source)
      incident_pairs.emplace_back(index(edge.target), static_cast<EdgeRef>(e));
  }
  fill_csr(nodes.size(), incident_pairs, graph_.incident_offsets_, graph_.incident_list_);

  PropertyGraph built = std::move(graph_);
  *this = PropertyGraphBuilder();
  return built;
}

}  // namespace innonet
