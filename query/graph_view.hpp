#pragma once
// The property graph as a query sees it: one space of nodes and one of relationships.
//
// Nodes (numbered 0..num_nodes()): the graph's nodes first (node i is NodeRef i), then its
// groups (labelled by their kind, corridor or region, and also `group`), then its indicators
// (label `indicator`). Relationships: the graph's edges (type = kind; relationship i is EdgeRef
// i), its group edges, and three kinds innonet's structure implies: WITHIN (child -> parent in
// the hierarchy), MEMBER_OF (member -> group; members a source only implies carry implied: true)
// and OF (indicator -> the node or group it measures). An undirected edge matches a pattern in
// either direction. Adjacency is CSR: out(v) lists the relationships leaving v (and undirected
// ones touching it), in(v) those entering it; each row is in relationship order. Beside each
// row the other end of each relationship is stored at the same position (out_row / in_row), so
// a traversal reads the neighbour from the row instead of from the relationship: that load was
// a cache miss per relationship and 56% of a 3-hop reachability search on 1M nodes.
// Building costs O(nodes + relationships + attribute keys); lookups by id are O(1), by name
// O(log n).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/property_graph.hpp"
#include "query/value.hpp"

namespace innonet::query {

enum class EntityKind { node, group, indicator };
enum class RelOrigin { edge, group_edge, within, member, member_implied, of };

struct Rel {
  std::int32_t source = 0;
  std::int32_t target = 0;
  std::int32_t type = 0;    // index into rel_type_names()
  std::int32_t record = 0;  // EdgeRef, group edge, child node, group, indicator index
  RelOrigin origin = RelOrigin::edge;
  bool directed = true;
};

// One adjacency row: relationship numbers, and at the same positions their other ends. In an
// in-row an end is stored complemented (~end, negative) when the relationship is undirected or a
// loop: the out-row already holds it, so a pattern with no direction skips it there.
struct AdjacencyRow {
  std::span<const std::int32_t> rels;
  std::span<const std::int32_t> ends;
};

class GraphView {
 public:
  explicit GraphView(const PropertyGraph& graph);

  const PropertyGraph& graph() const { return *graph_; }
  std::int32_t num_nodes() const { return static_cast<std::int32_t>(label_.size()); }
  std::int32_t num_rels() const { return static_cast<std::int32_t>(rels_.size()); }
  EntityKind entity(std::int32_t v) const;
  std::int32_t record(std::int32_t v) const;  // index within its entity kind

  // Labels: node types, then corridor, region, group, indicator.
  const std::vector<std::string>& label_names() const { return label_names_; }
  std::optional<std::int32_t> find_label(std::string_view name) const;
  bool has_label(std::int32_t v, std::int32_t label) const;
  std::int32_t label(std::int32_t v) const { return label_[v]; }
  std::span<const std::int32_t> nodes_with_label(std::int32_t label) const;
  std::int32_t group_label() const { return group_label_; }

  const std::vector<std::string>& rel_type_names() const { return rel_type_names_; }
  std::optional<std::int32_t> find_rel_type(std::string_view name) const;
  const Rel& rel(std::int32_t r) const { return rels_[r]; }
  std::span<const std::int32_t> out(std::int32_t v) const {
    return {out_list_.data() + out_offsets_[v], out_list_.data() + out_offsets_[v + 1]};
  }
  std::span<const std::int32_t> in(std::int32_t v) const {
    return {in_list_.data() + in_offsets_[v], in_list_.data() + in_offsets_[v + 1]};
  }
  // out(v) / in(v) restricted to one type, in relationship order: O(log degree), so a typed
  // expansion from a node with many relationships of other types does not scan them.
  std::span<const std::int32_t> out_of_type(std::int32_t v, std::int32_t type) const {
    return out_row_of_type(v, type).rels;
  }
  std::span<const std::int32_t> in_of_type(std::int32_t v, std::int32_t type) const {
    return in_row_of_type(v, type).rels;
  }
  AdjacencyRow out_row(std::int32_t v) const { return row(out_list_, out_ends_, out_offsets_, v); }
  AdjacencyRow in_row(std::int32_t v) const { return row(in_list_, in_ends_, in_offsets_, v); }
  AdjacencyRow out_row_of_type(std::int32_t v, std::int32_t type) const {
    return typed_row(out_typed_list_, out_typed_ends_, out_offsets_, v, type);
  }
  AdjacencyRow in_row_of_type(std::int32_t v, std::int32_t type) const {
    return typed_row(in_typed_list_, in_typed_ends_, in_offsets_, v, type);
  }
  std::int32_t other_end(std::int32_t r, std::int32_t v) const {
    return rels_[r].source == v ? rels_[r].target : rels_[r].source;
  }

  // The node, group or indicator with this id (nodes win over groups over indicators).
  std::optional<std::int32_t> find_id(std::string_view id) const;
  // Nodes and groups whose name or name_en is `name`, in node order.
  std::vector<std::int32_t> find_name(std::string_view name) const;

  // Properties (graph_view_properties.cpp): null when absent.
  Value node_property(std::int32_t v, std::string_view key) const;
  Value rel_property(std::int32_t r, std::string_view key) const;
  Value node_properties(std::int32_t v) const;  // every property as a map
  Value rel_properties(std::int32_t r) const;
  std::string node_display(std::int32_t v) const;  // the id
  std::string rel_display(std::int32_t r) const;   // "source-[type]->target"
  // Every property name any node or relationship has (built-in fields and attribute keys).
  const std::vector<std::string>& property_keys() const { return property_keys_; }

 private:
  void add_structure_rels();
  void build_adjacency();
  void build_labels();
  void collect_property_keys();
  static AdjacencyRow row(const std::vector<std::int32_t>& list,
                          const std::vector<std::int32_t>& ends,
                          const std::vector<std::int32_t>& offsets, std::int32_t v) {
    const auto begin = std::size_t(offsets[v]), size = std::size_t(offsets[v + 1]) - begin;
    return {{list.data() + begin, size}, {ends.data() + begin, size}};
  }
  AdjacencyRow typed_row(const std::vector<std::int32_t>& list,
                         const std::vector<std::int32_t>& ends,
                         const std::vector<std::int32_t>& offsets, std::int32_t v,
                         std::int32_t type) const;
  std::vector<std::int32_t> row_ends(const std::vector<std::int32_t>& list,
                                     const std::vector<std::int32_t>& offsets, bool in) const;

  const PropertyGraph* graph_;
  std::int32_t num_groups_ = 0;
  std::vector<std::int32_t> label_;
  std::vector<std::string> label_names_;
  std::int32_t group_label_ = 0;
  std::vector<std::int32_t> label_offsets_, label_list_, group_list_;
  std::vector<std::string> rel_type_names_;
  std::vector<Rel> rels_;
  std::vector<std::int32_t> out_offsets_, out_list_, in_offsets_, in_list_;
  std::vector<std::int32_t> out_typed_list_, in_typed_list_;  // rows sorted by type
  std::vector<std::int32_t> out_ends_, in_ends_, out_typed_ends_, in_typed_ends_;  // see row()
  std::vector<std::pair<std::uint64_t, std::int32_t>> name_hashes_;                // sorted
  StringIndex<std::int32_t> indicator_index_;
  std::vector<std::string> property_keys_;
};

}  // namespace innonet::query
