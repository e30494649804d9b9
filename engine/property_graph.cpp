#include "engine/property_graph.hpp"

#include <algorithm>

namespace innonet {
namespace {

template <class Id>
std::optional<Id> find_name(const std::vector<std::string>& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return static_cast<Id>(it - names.begin());
}

}  // namespace

std::optional<NodeRef> PropertyGraph::find_node(std::string_view id) const {
  const auto found = node_index_.find(id, node_id_of());
  if (!found) return std::nullopt;
  return static_cast<NodeRef>(*found);
}

std::optional<EdgeRef> PropertyGraph::find_edge(std::string_view id) const {
  const auto it = edge_index_.find(id);
  if (it == edge_index_.end()) return std::nullopt;
  return it->second;
}

const Group* PropertyGraph::find_group(std::string_view id) const {
  const auto it = group_index_.find(id);
  return it == group_index_.end() ? nullptr : &groups_[it->second];
}

std::optional<TypeId> PropertyGraph::find_type(std::string_view name) const {
  return find_name<TypeId>(type_names_, name);
}
std::optional<KindId> PropertyGraph::find_kind(std::string_view name) const {
  return find_name<KindId>(kind_names_, name);
}
std::optional<EvidenceId> PropertyGraph::find_evidence(std::string_view name) const {
  return find_name<EvidenceId>(evidence_names_, name);
}

std::span<const NodeRef> PropertyGraph::children(NodeRef r) const {
  const auto v = index(r);
  return {child_list_.data() + child_offsets_[v], child_list_.data() + child_offsets_[v + 1]};
}

std::span<const EdgeRef> PropertyGraph::incident_edges(NodeRef r) const {
  const auto v = index(r);
  return {incident_list_.data() + incident_offsets_[v],
          incident_list_.data() + incident_offsets_[v + 1]};
}

std::int32_t PropertyGraph::hierarchy_depth() const {
  if (depth_.empty()) return 0;
  return 1 + *std::max_element(depth_.begin(), depth_.end());
}

std::optional<NodeRef> PropertyGraph::ancestor_of_type(NodeRef r, TypeId type) const {
  for (std::optional<NodeRef> at = r; at; at = nodes_[index(*at)].parent)
    if (nodes_[index(*at)].type == type) return at;
  return std::nullopt;
}

bool PropertyGraph::is_ancestor_or_self(NodeRef ancestor, NodeRef r) const {
  for (std::optional<NodeRef> at = r; at; at = nodes_[index(*at)].parent)
    if (*at == ancestor) return true;
  return false;
}

std::string PropertyGraph::edge_label(EdgeRef r) const {
  const auto& id = edges_[index(r)].id;
  return id.empty() ? "#" + std::to_string(index(r)) : id;
}

}  // namespace innonet
