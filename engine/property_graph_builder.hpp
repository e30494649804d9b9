#pragma once
// PropertyGraphBuilder: the only way to make a PropertyGraph. Every record is checked as it
// arrives and a ValidationError names it ("nodes.csv:17: node 'x': ...", using the record's
// `origin` when the reader supplies one). Rules:
//   - node, edge and group ids are unique and non-empty (edge ids may be empty);
//   - nodes come before the edges that use them (an unknown endpoint is an error at once);
//   - parents may be named before they are added; they are resolved in build(), which refuses
//     an unknown parent and a parent cycle (naming the nodes on the cycle);
//   - weights are finite, years lie in [kMinYear, kMaxYear], coordinates are valid lat/lon;
//   - names and ids are valid UTF-8 (readers check too, with line/column);
//   - group members, group-edge endpoints and indicator scopes must name existing nodes or groups
//     (checked in build(), since groups may refer to each other).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/property_graph.hpp"

namespace innonet {

struct NodeSpec {
  std::string id;
  std::string name;
  std::string name_en;
  std::string type;
  std::string parent;  // id of the parent, empty for none
  std::optional<GeoPoint> coordinates;
  Attributes attributes = Attributes::object();
  std::vector<SourceQuote> sources;
  std::string origin;  // where the record came from, e.g. "nodes.csv:17" (for messages)
};

struct EdgeSpec {
  std::string id;
  std::string source;
  std::string target;
  std::string kind;
  EdgeDirection direction = EdgeDirection::directed;
  double weight = 1.0;
  std::int32_t year = kNoYear;
  std::string evidence = "stated";
  Attributes attributes = Attributes::object();
  std::vector<SourceQuote> sources;
  std::string origin;
};

struct GroupSpec {
  std::string id;
  std::string name;
  std::string name_en;
  GroupKind kind = GroupKind::region;
  std::vector<std::string> members;
  std::vector<std::string> members_implied;
  Attributes attributes = Attributes::object();
  std::vector<SourceQuote> sources;
  std::string origin;
};

struct GroupEdgeSpec {
  GroupEdge edge;  // kind/evidence refs are filled from the names below
  std::string kind;
  std::string evidence = "stated";
  std::string origin;
};

struct IndicatorSpec {
  Indicator indicator;
  std::string origin;
};

class PropertyGraphBuilder {
 public:
  PropertyGraphBuilder() = default;

  // Reserve room when the sizes are known (large generated graphs).
  void reserve(std::int64_t nodes, std::int64_t edges);

  NodeRef add_node(NodeSpec spec);
  EdgeRef add_edge(EdgeSpec spec);
  void add_group(GroupSpec spec);
  void add_group_edge(GroupEdgeSpec spec);
  void add_indicator(IndicatorSpec spec);
  void set_metadata(nlohmann::ordered_json metadata);

  // Declare vocabulary entries up front (keeps type/kind order stable across round trips).
  TypeId intern_type(const std::string& name);
  KindId intern_kind(const std::string& name);
  EvidenceId intern_evidence(const std::string& name);

  std::optional<NodeRef> find_node(std::string_view id) const;

  // Resolves parents, checks the hierarchy and group references, builds the indexes.
  // The builder is left empty.
  PropertyGraph build();

 private:
  PropertyGraph graph_;
  std::vector<std::string> pending_parents_;  // parent id per node, resolved in build()
  std::vector<std::string> node_origins_;
  std::vector<std::string> group_origins_;
  std::vector<std::string> group_edge_origins_;
  std::vector<std::string> indicator_origins_;
  StringIndex<TypeId> type_index_;
  StringIndex<KindId> kind_index_;
  StringIndex<EvidenceId> evidence_index_;
};

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view text);

}  // namespace innonet
