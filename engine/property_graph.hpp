#pragma once
// PropertyGraph: the typed, multi-layer graph planners reason about.
//
// Nodes have a stable string id, a UTF-8 name (and optional English name), an open-ended type
// (city, district, park, lab, enterprise, ... any string a file brings), an optional parent that
// forms the containment hierarchy (enterprise -> park -> district -> city), optional
// coordinates, JSON attributes and provenance quotes. Edges have a kind (tech_transfer,
// flying_enclave, ... any string), a direction of their own, a weight, an optional year, an
// evidence grade and the same attributes/provenance. Groups are named node sets (corridors and
// regions); group edges are relations with a group endpoint; indicators are dated values
// (actual, target, rank...) for a node or group scope.
//
// Dense integer refs inside (NodeRef, EdgeRef, TypeId, KindId, EvidenceId); string ids only at
// the io and CLI edges. Only PropertyGraphBuilder makes one, and a built graph never changes.
// Analyses do not run on this: they run on a CsrGraph made by project() (engine/projection.hpp).
#include <cstdint>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/id_index.hpp"
#include "engine/types.hpp"

namespace innonet {

// Attributes are kept as JSON objects so that nothing a file brings is lost: numbers, strings,
// lists, and dated values such as {"value": 515, "unit": "亿元", "year": 2020, "kind": "actual"}.
using Attributes = nlohmann::ordered_json;

enum class EvidenceId : std::int32_t {};
constexpr std::int32_t index(EvidenceId r) { return static_cast<std::int32_t>(r); }

// String-keyed index whose find() takes a std::string_view without building a std::string
// (heterogeneous lookup: a transparent hash and std::equal_to<>).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept {
    return std::hash<std::string_view>{}(text);
  }
};
template <class Value>
using StringIndex = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

inline constexpr std::int32_t kNoYear = std::numeric_limits<std::int32_t>::min();
inline constexpr std::int32_t kMinYear = 1800;  // years outside [kMinYear, kMaxYear] are refused
inline constexpr std::int32_t kMaxYear = 2200;

// Where a fact came from: a document and the exact words quoted from it.
struct SourceQuote {
  std::string document;
  std::string quote;
  friend bool operator==(const SourceQuote&, const SourceQuote&) = default;
};

struct GeoPoint {
  double latitude_deg = 0.0;
  double longitude_deg = 0.0;
  friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

enum class EdgeDirection : std::uint8_t { directed, undirected };
enum class GroupKind : std::uint8_t { corridor, region };

struct Node {
  std::string id;
  std::string name;     // primary name, UTF-8 (Chinese for the built-in data)
  std::string name_en;  // optional
  TypeId type{};
  std::optional<NodeRef> parent;
  std::optional<GeoPoint> coordinates;
  Attributes attributes = Attributes::object();
  std::vector<SourceQuote> sources;
};

struct Edge {
  std::string id;  // may be empty for generated graphs; shown as "#<index>" then
  NodeRef source{};
  NodeRef target{};
  KindId kind{};
  EdgeDirection direction = EdgeDirection::directed;
  double weight = 1.0;
  std::int32_t year = kNoYear;
  EvidenceId evidence{};
  Attributes attributes = Attributes::object();
  std::vector<SourceQuote> sources;
};

// A corridor or region: a named set of member nodes. members_implied are members the sources
// suggest but do not state; analyses say which set they used.
struct Group {
  std::string id;
  std::string name;
  std::string name_en;
  GroupKind kind = GroupKind::region;
  std::vector<NodeRef> members;
  std::vector<NodeRef> members_implied;
  Attributes attributes = Attributes::object();
  std::vector<SourceQuote> sources;
};

// A relation with a group endpoint (e.g. Nanjing -> the whole metropolitan area), or an
// aggregate flow. Endpoints are node or group ids, resolved by the builder.
struct GroupEdge {
  std::string id;
  std::string source;  // node id or group id
  std::string target;
  KindId kind{};
  EdgeDirection direction = EdgeDirection::directed;
  EvidenceId evidence{};
  Attributes attributes = Attributes::object();
  std::vector<SourceQuote> sources;
};

// A dated value for a scope (node or group id): actual, baseline, target, rank, ...
struct Indicator {
  std::string id;
  std::string scope;
  std::string metric;
  std::string metric_name;  // optional human name (e.g. Chinese)
  double value = 0.0;       // NaN when the source gives no single number (see value_text)
  std::string value_text;   // the source's wording when it is not one number, e.g. "3-4"
  std::string unit;
  std::int32_t year = kNoYear;
  std::string kind;      // actual | baseline | target | rank | policy_target | ...
  std::string op = "=";  // =, >, >=, ~, <, <=: how the source qualifies the value
  std::string note;
  std::vector<SourceQuote> sources;
};

class PropertyGraph {
 public:
  std::int32_t num_nodes() const { return static_cast<std::int32_t>(nodes_.size()); }
  std::int32_t num_edges() const { return static_cast<std::int32_t>(edges_.size()); }

  const Node& node(NodeRef r) const { return nodes_[index(r)]; }
  const Edge& edge(EdgeRef r) const { return edges_[index(r)]; }
  std::span<const Node> nodes() const { return nodes_; }
  std::span<const Edge> edges() const { return edges_; }
  std::span<const Group> groups() const { return groups_; }
  std::span<const GroupEdge> group_edges() const { return group_edges_; }
  std::span<const Indicator> indicators() const { return indicators_; }
  const nlohmann::ordered_json& metadata() const { return metadata_; }

  std::optional<NodeRef> find_node(std::string_view id) const;
  std::optional<EdgeRef> find_edge(std::string_view id) const;
  const Group* find_group(std::string_view id) const;

  // Vocabularies, in first-seen order.
  std::span<const std::string> type_names() const { return type_names_; }
  std::span<const std::string> kind_names() const { return kind_names_; }
  std::span<const std::string> evidence_names() const { return evidence_names_; }
  const std::string& type_name(TypeId t) const { return type_names_[index(t)]; }
  const std::string& kind_name(KindId k) const { return kind_names_[index(k)]; }
  const std::string& evidence_name(EvidenceId e) const { return evidence_names_[index(e)]; }
  std::optional<TypeId> find_type(std::string_view name) const;
  std::optional<KindId> find_kind(std::string_view name) const;
  std::optional<EvidenceId> find_evidence(std::string_view name) const;

  // Hierarchy. children() lists direct children in node order; depth(root) = 0.
  std::span<const NodeRef> children(NodeRef r) const;
  std::int32_t depth(NodeRef r) const { return depth_[index(r)]; }
  std::int32_t hierarchy_depth() const;  // 1 + the largest depth; 0 for an empty graph
  // The nearest ancestor-or-self whose type is `type`, if any.
  std::optional<NodeRef> ancestor_of_type(NodeRef r, TypeId type) const;
  bool is_ancestor_or_self(NodeRef ancestor, NodeRef r) const;

  // Out- and in-edges of each node, in edge order (undirected edges appear in both lists of
  // both endpoints' incident list: incident_edges()).
  std::span<const EdgeRef> incident_edges(NodeRef r) const;

  // Display id of an edge: its id, or "#<index>" when it has none.
  std::string edge_label(EdgeRef r) const;

 private:
  friend class PropertyGraphBuilder;
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<Group> groups_;
  std::vector<GroupEdge> group_edges_;
  std::vector<Indicator> indicators_;
  nlohmann::ordered_json metadata_ = nlohmann::ordered_json::object();
  std::vector<std::string> type_names_, kind_names_, evidence_names_;
  // The id of node number i, for node_index_ (which stores no strings of its own).
  auto node_id_of() const {
    return [this](std::int32_t i) { return std::string_view(nodes_[i].id); };
  }
  IdIndex node_index_;
  StringIndex<EdgeRef> edge_index_;
  StringIndex<std::int32_t> group_index_;
  std::vector<std::int32_t> child_offsets_;  // CSR of children, built once
  std::vector<NodeRef> child_list_;
  std::vector<std::int32_t> incident_offsets_;
  std::vector<EdgeRef> incident_list_;
  std::vector<std::int32_t> depth_;
};

}  // namespace innonet
