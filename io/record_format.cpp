// The one formatter of each record (io/record_format.hpp): native JSON lines and CSV rows.
#include "io/record_format.hpp"

#include "io/csv_table.hpp"
#include "io/native_json.hpp"

namespace innonet::io {
namespace {

// Appends `"key": ` to a record that already has a field when `first` is false.
void key(std::string& out, bool& first, std::string_view name) {
  out += first ? "{" : ", ";
  first = false;
  append_json_string(out, name);
  out += ": ";
}

void text_field(std::string& out, bool& first, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  key(out, first, name);
  append_json_string(out, value);
}

void append_sources(std::string& out, std::span<const SourceQuote> sources) {
  out += '[';
  for (std::size_t i = 0; i < sources.size(); ++i) {
    out += i ? ", {\"document\": " : "{\"document\": ";
    append_json_string(out, sources[i].document);
    out += ", \"quote\": ";
    append_json_string(out, sources[i].quote);
    out += '}';
  }
  out += ']';
}

// The fields every record kind ends with.
void append_tail(std::string& out, bool& first, const Attributes* attributes,
                 std::span<const SourceQuote> sources) {
  if (attributes != nullptr && !attributes->empty()) {
    key(out, first, "attributes");
    append_json(out, *attributes);
  }
  if (!sources.empty()) {
    key(out, first, "sources");
    append_sources(out, sources);
  }
  out += '}';
}

void append_members(std::string& out, const PropertyGraph& g, const std::vector<NodeRef>& list) {
  out += '[';
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i) out += ", ";
    append_json_string(out, g.node(list[i]).id);
  }
  out += ']';
}

NodeFields node_fields(const PropertyGraph& g, const Node& n) {
  return {.id = n.id,
          .name = n.name,
          .name_en = n.name_en,
          .type = g.type_name(n.type),
          .parent = n.parent ? std::string_view(g.node(*n.parent).id) : std::string_view(),
          .coordinates = n.coordinates,
          .attributes = &n.attributes,
          .sources = n.sources};
}

EdgeFields edge_fields(const PropertyGraph& g, const Edge& e) {
  return {.id = e.id,
          .source = g.node(e.source).id,
          .target = g.node(e.target).id,
          .kind = g.kind_name(e.kind),
          .directed = e.direction == EdgeDirection::directed,
          .weight = e.weight,
          .year = e.year,
          .evidence = g.evidence_name(e.evidence),
          .attributes = &e.attributes,
          .sources = e.sources};
}

CsvLine& attributes_cell(CsvLine& row, const Attributes* attributes) {
  return attributes != nullptr ? row.json(*attributes) : row.text("");
}

}  // namespace

RecordStreams graph_records(const PropertyGraph& g) {
  RecordStreams streams;
  streams.nodes = {g.num_nodes(),
                   [&g](std::int64_t v, FieldStorage&) { return node_fields(g, g.nodes()[v]); }};
  streams.edges = {g.num_edges(),
                   [&g](std::int64_t e, FieldStorage&) { return edge_fields(g, g.edges()[e]); }};
  return streams;
}

void append_node_json(std::string& out, const NodeFields& node) {
  bool first = true;
  text_field(out, first, "id", node.id);
  text_field(out, first, "name", node.name);
  text_field(out, first, "name_en", node.name_en);
  text_field(out, first, "type", node.type);
  text_field(out, first, "parent", node.parent);
  if (node.coordinates) {
    key(out, first, "coordinates");
    out += '[';
    append_json_number(out, node.coordinates->latitude_deg);
    out += ", ";
    append_json_number(out, node.coordinates->longitude_deg);
    out += ']';
  }
  append_tail(out, first, node.attributes, node.sources);
}

void append_edge_json(std::string& out, const EdgeFields& edge) {
  bool first = true;
  text_field(out, first, "id", edge.id);
  text_field(out, first, "source", edge.source);
  text_field(out, first, "target", edge.target);
  text_field(out, first, "kind", edge.kind);
  key(out, first, "directed");
  out += edge.directed ? "true" : "false";
  key(out, first, "weight");
  append_json_number(out, edge.weight);
  if (edge.year != kNoYear) {
    key(out, first, "year");
    out += std::to_string(edge.year);
  }
  text_field(out, first, "evidence", edge.evidence);
  append_tail(out, first, edge.attributes, edge.sources);
}

void append_group_json(std::string& out, const PropertyGraph& g, const Group& group) {
  bool first = true;
  text_field(out, first, "id", group.id);
  text_field(out, first, "name", group.name);
  text_field(out, first, "name_en", group.name_en);
  text_field(out, first, "kind", group.kind == GroupKind::corridor ? "corridor" : "region");
  key(out, first, "members");
  append_members(out, g, group.members);
  if (!group.members_implied.empty()) {
    key(out, first, "members_implied");
    append_members(out, g, group.members_implied);
  }
  append_tail(out, first, &group.attributes, group.sources);
}

void append_group_edge_json(std::string& out, const PropertyGraph& g, const GroupEdge& edge) {
  bool first = true;
  text_field(out, first, "id", edge.id);
  text_field(out, first, "source", edge.source);
  text_field(out, first, "target", edge.target);
  text_field(out, first, "kind", g.kind_name(edge.kind));
  key(out, first, "directed");
  out += edge.direction == EdgeDirection::directed ? "true" : "false";
  text_field(out, first, "evidence", g.evidence_name(edge.evidence));
  append_tail(out, first, &edge.attributes, edge.sources);
}

void append_indicator_json(std::string& out, const Indicator& indicator) {
  bool first = true;
  text_field(out, first, "id", indicator.id);
  text_field(out, first, "scope", indicator.scope);
  text_field(out, first, "metric", indicator.metric);
  text_field(out, first, "metric_name", indicator.metric_name);
  key(out, first, "value");
  append_json_number(out, indicator.value);
  text_field(out, first, "unit", indicator.unit);
  if (indicator.year != kNoYear) {
    key(out, first, "year");
    out += std::to_string(indicator.year);
  }
  text_field(out, first, "kind", indicator.kind);
  key(out, first, "op");
  append_json_string(out, indicator.op);
  text_field(out, first, "note", indicator.note);
  append_tail(out, first, nullptr, indicator.sources);
}

void append_node_csv(std::string& out, const NodeFields& node) {
  CsvLine row(out);
  row.text(node.id).text(node.name).text(node.name_en).text(node.type).text(node.parent);
  if (node.coordinates)
    row.number(node.coordinates->latitude_deg).number(node.coordinates->longitude_deg);
  else
    row.text("").text("");
  attributes_cell(row, node.attributes).sources(node.sources);
}

void append_edge_csv(std::string& out, const EdgeFields& edge) {
  CsvLine row(out);
  row.text(edge.id).text(edge.source).text(edge.target).text(edge.kind);
  row.text(edge.directed ? "true" : "false").number(edge.weight).year(edge.year);
  attributes_cell(row.text(edge.evidence), edge.attributes).sources(edge.sources);
}

void CsvLine::comma() {
  if (!first_) out_ += ',';
  first_ = false;
}

CsvLine& CsvLine::text(std::string_view value) {
  comma();
  append_csv_field(out_, value);
  return *this;
}

CsvLine& CsvLine::number(double value) {
  comma();
  append_json_number(out_, value);
  return *this;
}

CsvLine& CsvLine::year(std::int32_t value) {
  comma();
  if (value != kNoYear) out_ += std::to_string(value);
  return *this;
}

CsvLine& CsvLine::json(const nlohmann::ordered_json& value) {
  std::string cell;
  if (!value.empty()) append_json(cell, value);
  return text(cell);
}

CsvLine& CsvLine::sources(std::span<const SourceQuote> sources) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& s : sources) list.push_back({{"document", s.document}, {"quote", s.quote}});
  return json(list);
}

}  // namespace innonet::io
