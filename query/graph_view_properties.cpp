// Properties of nodes, groups, indicators and relationships, and the names a query may use.
// Built-in fields come first; any other name is looked up in the record's attributes.
#include <algorithm>
#include <cmath>
#include <set>

#include "query/graph_view.hpp"

namespace innonet::query {
namespace {

const std::vector<std::string> kNodeFields = {
    "id", "name", "name_en", "type", "latitude", "longitude", "attributes", "sources", "parent"};
const std::vector<std::string> kGroupFields = {"id",   "name",    "name_en",    "kind",
                                               "type", "members", "attributes", "sources"};
const std::vector<std::string> kIndicatorFields = {"id",    "scope",      "metric", "metric_name",
                                                   "value", "value_text", "unit",   "year",
                                                   "kind",  "op",         "note",   "sources"};
const std::vector<std::string> kRelFields = {"id",      "kind",   "type",     "evidence",
                                             "weight",  "year",   "directed", "attributes",
                                             "sources", "implied"};

Value from_json(const nlohmann::ordered_json& j) {
  if (j.is_null()) return {};
  if (j.is_boolean()) return Value(j.get<bool>());
  if (j.is_number_integer() || j.is_number_unsigned()) return Value(j.get<std::int64_t>());
  if (j.is_number()) return Value(j.get<double>());
  if (j.is_string()) return Value(j.get<std::string>());
  if (j.is_array()) {
    List list;
    for (const auto& x : j) list.push_back(from_json(x));
    return Value(std::move(list));
  }
  Map map;
  for (const auto& [k, x] : j.items()) map.emplace(k, from_json(x));
  return Value(std::move(map));
}

Value sources_value(const std::vector<SourceQuote>& sources) {
  List list;
  for (const auto& s : sources)
    list.push_back(Value(Map{{"document", s.document}, {"quote", s.quote}}));
  return Value(std::move(list));
}

Value text_or_null(const std::string& s) { return s.empty() ? Value() : Value(s); }

Value attribute(const Attributes& attributes, std::string_view key) {
  if (key == "attributes") return from_json(attributes);
  const auto it = attributes.find(std::string(key));
  return it == attributes.end() ? Value() : from_json(*it);
}

Value year_value(std::int32_t year) {
  return year == kNoYear ? Value() : Value(std::int64_t{year});
}

Value node_field(const PropertyGraph& g, const Node& n, std::string_view key) {
  if (key == "id") return Value(n.id);
  if (key == "name") return Value(n.name);
  if (key == "name_en") return text_or_null(n.name_en);
  if (key == "type") return Value(g.type_name(n.type));
  if (key == "latitude") return n.coordinates ? Value(n.coordinates->latitude_deg) : Value();
  if (key == "longitude") return n.coordinates ? Value(n.coordinates->longitude_deg) : Value();
  if (key == "sources") return sources_value(n.sources);
  if (key == "parent") return n.parent ? Value(g.node(*n.parent).id) : Value();
  return attribute(n.attributes, key);
}

Value group_field(const PropertyGraph& g, const Group& grp, std::string_view key) {
  if (key == "id") return Value(grp.id);
  if (key == "name") return Value(grp.name);
  if (key == "name_en") return text_or_null(grp.name_en);
  if (key == "kind" || key == "type")
    return Value(grp.kind == GroupKind::corridor ? "corridor" : "region");
  if (key == "members") {
    List ids;
    for (const auto m : grp.members) ids.push_back(Value(g.node(m).id));
    return Value(std::move(ids));
  }
  if (key == "sources") return sources_value(grp.sources);
  return attribute(grp.attributes, key);
}

Value indicator_field(const Indicator& i, std::string_view key) {
  if (key == "id") return Value(i.id);
  if (key == "scope") return Value(i.scope);
  if (key == "metric") return Value(i.metric);
  if (key == "metric_name") return text_or_null(i.metric_name);
  if (key == "value") return std::isnan(i.value) ? Value() : Value(i.value);
  if (key == "value_text") return text_or_null(i.value_text);
  if (key == "unit") return text_or_null(i.unit);
  if (key == "year") return year_value(i.year);
  if (key == "kind") return text_or_null(i.kind);
  if (key == "op") return Value(i.op);
  if (key == "note") return text_or_null(i.note);
  if (key == "sources") return sources_value(i.sources);
  return {};
}

}  // namespace

Value GraphView::node_property(std::int32_t v, std::string_view key) const {
  const auto& g = *graph_;
  switch (entity(v)) {
    case EntityKind::node: return node_field(g, g.nodes()[v], key);
    case EntityKind::group: return group_field(g, g.groups()[record(v)], key);
    default: return indicator_field(g.indicators()[record(v)], key);
  }
}

Value GraphView::rel_property(std::int32_t r, std::string_view key) const {
  const Rel& rel = rels_[r];
  const auto& g = *graph_;
  if (key == "kind" || key == "type") return Value(rel_type_names_[rel.type]);
  if (key == "directed") return Value(rel.directed);
  if (rel.origin == RelOrigin::edge) {
    const Edge& e = g.edges()[rel.record];
    if (key == "id") return Value(g.edge_label(EdgeRef(rel.record)));
    if (key == "evidence") return Value(g.evidence_name(e.evidence));
    if (key == "weight") return Value(e.weight);
    if (key == "year") return year_value(e.year);
    if (key == "sources") return sources_value(e.sources);
    return attribute(e.attributes, key);
  }
  if (rel.origin == RelOrigin::group_edge) {
    const GroupEdge& e = g.group_edges()[rel.record];
    if (key == "id") return Value(e.id);
    if (key == "evidence") return Value(g.evidence_name(e.evidence));
    if (key == "sources") return sources_value(e.sources);
    return attribute(e.attributes, key);
  }
  if (key == "implied" &&
      (rel.origin == RelOrigin::member || rel.origin == RelOrigin::member_implied))
    return Value(rel.origin == RelOrigin::member_implied);
  return {};
}

Value GraphView::node_properties(std::int32_t v) const {
  const auto& fields = entity(v) == EntityKind::node    ? kNodeFields
                       : entity(v) == EntityKind::group ? kGroupFields
                                                        : kIndicatorFields;
  Map map;
  for (const auto& f : fields)
    if (f != "attributes") map.emplace(f, node_property(v, f));
  const auto attrs = node_property(v, "attributes");
  if (attrs.is_map())
    for (const auto& [k, x] : attrs.as_map()) map.emplace(k, x);
  return Value(std::move(map));
}

Value GraphView::rel_properties(std::int32_t r) const {
  Map map;
  for (const auto& f : kRelFields)
    if (f != "attributes") map.emplace(f, rel_property(r, f));
  const auto attrs = rel_property(r, "attributes");
  if (attrs.is_map())
    for (const auto& [k, x] : attrs.as_map()) map.emplace(k, x);
  return Value(std::move(map));
}

std::string GraphView::node_display(std::int32_t v) const {
  return node_property(v, "id").as_string();
}

std::string GraphView::rel_display(std::int32_t r) const {
  const Rel& rel = rels_[r];
  return node_display(rel.source) + "-[" + rel_type_names_[rel.type] +
         (rel.directed ? "]->" : "]-") + node_display(rel.target);
}

void GraphView::collect_property_keys() {
  std::set<std::string, std::less<>> keys;
  for (const auto* fields : {&kNodeFields, &kGroupFields, &kIndicatorFields, &kRelFields})
    keys.insert(fields->begin(), fields->end());
  const auto add = [&](const Attributes& a) {
    for (const auto& [k, x] : a.items()) keys.insert(k);
  };
  for (const auto& n : graph_->nodes()) add(n.attributes);
  for (const auto& e : graph_->edges()) add(e.attributes);
  for (const auto& grp : graph_->groups()) add(grp.attributes);
  for (const auto& e : graph_->group_edges()) add(e.attributes);
  property_keys_.assign(keys.begin(), keys.end());
}

}  // namespace innonet::query
