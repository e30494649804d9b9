#include "engine/property_graph_builder.hpp"

#include <cmath>
#include <string>

#include "engine/error.hpp"

namespace innonet {
namespace {

std::string record_name(const std::string& origin, const std::string& what, const std::string& id) {
  const std::string record = what + " '" + id + "'";
  return origin.empty() ? record : origin + ": " + record;
}

void check_text(const std::string& origin, const std::string& what, const std::string& id,
                const std::string& field, const std::string& value) {
  if (!is_valid_utf8(value))
    throw ValidationError(record_name(origin, what, is_valid_utf8(id) ? id : "?"),
                          field + " is not valid UTF-8");
}

void check_year(const std::string& record, std::int32_t year) {
  if (year != kNoYear && (year < kMinYear || year > kMaxYear))
    throw ValidationError(record, "year " + std::to_string(year) + " outside " +
                                      std::to_string(kMinYear) + ".." + std::to_string(kMaxYear));
}

template <class Id>
Id intern(std::vector<std::string>& names, StringIndex<Id>& index, const std::string& name) {
  const auto [it, inserted] = index.try_emplace(name, static_cast<Id>(names.size()));
  if (inserted) names.push_back(name);
  return it->second;
}

}  // namespace

void PropertyGraphBuilder::reserve(std::int64_t nodes, std::int64_t edges) {
  graph_.nodes_.reserve(static_cast<std::size_t>(nodes));
  pending_parents_.reserve(static_cast<std::size_t>(nodes));
  graph_.edges_.reserve(static_cast<std::size_t>(edges));
  graph_.node_index_.reserve(static_cast<std::size_t>(nodes), graph_.node_id_of());
}

TypeId PropertyGraphBuilder::intern_type(const std::string& name) {
  return intern(graph_.type_names_, type_index_, name);
}
KindId PropertyGraphBuilder::intern_kind(const std::string& name) {
  return intern(graph_.kind_names_, kind_index_, name);
}
EvidenceId PropertyGraphBuilder::intern_evidence(const std::string& name) {
  return intern(graph_.evidence_names_, evidence_index_, name);
}

std::optional<NodeRef> PropertyGraphBuilder::find_node(std::string_view id) const {
  return graph_.find_node(id);
}

NodeRef PropertyGraphBuilder::add_node(NodeSpec spec) {
  const std::string record = record_name(spec.origin, "node", spec.id);
  if (spec.id.empty()) throw ValidationError(record_name(spec.origin, "node", ""), "empty id");
  for (const auto* field : {&spec.id, &spec.name, &spec.name_en, &spec.type, &spec.parent})
    check_text(spec.origin, "node", spec.id, "a name, id or type", *field);
  if (spec.type.empty()) throw ValidationError(record, "missing type");
  if (spec.parent == spec.id) throw ValidationError(record, "is its own parent");
  if (spec.coordinates) {
    const auto& c = *spec.coordinates;
    if (!std::isfinite(c.latitude_deg) || !std::isfinite(c.longitude_deg) ||
        std::abs(c.latitude_deg) > 90.0 || std::abs(c.longitude_deg) > 180.0)
      throw ValidationError(record,
                            "coordinates must be latitude in [-90, 90] and longitude in "
                            "[-180, 180] degrees");
  }
  if (!spec.attributes.is_object()) throw ValidationError(record, "attributes must be an object");
  const auto ref = static_cast<NodeRef>(graph_.nodes_.size());
  Node node;
  node.id = std::move(spec.id);
  node.name = std::move(spec.name);
  node.name_en = std::move(spec.name_en);
  node.type = intern_type(spec.type);
  node.coordinates = spec.coordinates;
  node.attributes = std::move(spec.attributes);
  node.sources = std::move(spec.sources);
  graph_.nodes_.push_back(std::move(node));
  // Indexed once stored: the index reads ids from the nodes themselves.
  if (!graph_.node_index_.insert(graph_.nodes_.back().id, index(ref), graph_.node_id_of())) {
    graph_.nodes_.pop_back();
    throw ValidationError(record, "duplicate node id");
  }
  pending_parents_.push_back(std::move(spec.parent));
  node_origins_.push_back(std::move(spec.origin));
  return ref;
}

EdgeRef PropertyGraphBuilder::add_edge(EdgeSpec spec) {
  const std::string record = record_name(spec.origin, "edge", spec.id);
  for (const auto* field : {&spec.id, &spec.source, &spec.target, &spec.kind, &spec.evidence})
    check_text(spec.origin, "edge", spec.id, "an id, endpoint, kind or evidence", *field);
  const auto source = graph_.find_node(spec.source);
  if (!source) throw ValidationError(record, "unknown source node '" + spec.source + "'");
  const auto target = graph_.find_node(spec.target);
  if (!target) throw ValidationError(record, "unknown target node '" + spec.target + "'");
  if (spec.kind.empty()) throw ValidationError(record, "missing kind");
  if (!std::isfinite(spec.weight)) throw ValidationError(record, "weight is not finite");
  check_year(record, spec.year);
  if (!spec.attributes.is_object()) throw ValidationError(record, "attributes must be an object");
  const auto ref = static_cast<EdgeRef>(graph_.edges_.size());
  if (!spec.id.empty() && !graph_.edge_index_.try_emplace(spec.id, ref).second)
    throw ValidationError(record, "duplicate edge id");
  Edge edge;
  edge.id = std::move(spec.id);
  edge.source = *source;
  edge.target = *target;
  edge.kind = intern_kind(spec.kind);
  edge.direction = spec.direction;
  edge.weight = spec.weight;
  edge.year = spec.year;
  edge.evidence = intern_evidence(spec.evidence.empty() ? "unknown" : spec.evidence);
  edge.attributes = std::move(spec.attributes);
  edge.sources = std::move(spec.sources);
  graph_.edges_.push_back(std::move(edge));
  return ref;
}

void PropertyGraphBuilder::add_group(GroupSpec spec) {
  const std::string record = record_name(spec.origin, "group", spec.id);
  if (spec.id.empty()) throw ValidationError(record, "empty id");
  check_text(spec.origin, "group", spec.id, "a name or id", spec.id + spec.name + spec.name_en);
  const auto at = static_cast<std::int32_t>(graph_.groups_.size());
  if (!graph_.group_index_.try_emplace(spec.id, at).second)
    throw ValidationError(record, "duplicate group id");
  Group group;
  group.id = std::move(spec.id);
  group.name = std::move(spec.name);
  group.name_en = std::move(spec.name_en);
  group.kind = spec.kind;
  group.attributes = std::move(spec.attributes);
  group.sources = std::move(spec.sources);
  for (auto* list : {&spec.members, &spec.members_implied})
    for (const auto& member : *list) {
      const auto ref = graph_.find_node(member);
      if (!ref) throw ValidationError(record, "unknown member node '" + member + "'");
      (list == &spec.members ? group.members : group.members_implied).push_back(*ref);
    }
  graph_.groups_.push_back(std::move(group));
  group_origins_.push_back(std::move(spec.origin));
}

void PropertyGraphBuilder::add_group_edge(GroupEdgeSpec spec) {
  const std::string record = record_name(spec.origin, "group edge", spec.edge.id);
  if (spec.kind.empty()) throw ValidationError(record, "missing kind");
  check_text(spec.origin, "group edge", spec.edge.id, "an id, endpoint or kind",
             spec.edge.id + spec.edge.source + spec.edge.target + spec.kind + spec.evidence);
  spec.edge.kind = intern_kind(spec.kind);
  spec.edge.evidence = intern_evidence(spec.evidence.empty() ? "unknown" : spec.evidence);
  graph_.group_edges_.push_back(std::move(spec.edge));
  group_edge_origins_.push_back(std::move(spec.origin));
}

void PropertyGraphBuilder::add_indicator(IndicatorSpec spec) {
  auto& indicator = spec.indicator;
  const std::string record = record_name(spec.origin, "indicator", indicator.id);
  check_text(spec.origin, "indicator", indicator.id, "a text field",
             indicator.id + indicator.scope + indicator.metric + indicator.metric_name +
                 indicator.value_text + indicator.unit + indicator.kind + indicator.op +
                 indicator.note);
  if (indicator.metric.empty()) throw ValidationError(record, "missing metric");
  if (!std::isfinite(indicator.value) &&
      !(std::isnan(indicator.value) && !indicator.value_text.empty()))
    throw ValidationError(record, "value must be a finite number (or NaN with a value_text)");
  check_year(record, indicator.year);
  graph_.indicators_.push_back(std::move(indicator));
  indicator_origins_.push_back(std::move(spec.origin));
}

void PropertyGraphBuilder::set_metadata(nlohmann::ordered_json metadata) {
  if (!metadata.is_object()) throw ValidationError("metadata", "must be an object");
  graph_.metadata_ = std::move(metadata);
}

}  // namespace innonet
