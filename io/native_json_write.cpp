// Writer of the native format: one record per line, fields in a fixed order, optional fields
// omitted when empty, so the output is deterministic and reads back to the same graph.
// datasets/convert_seed_facts.py writes the same layout byte for byte.
#include <cmath>
#include <fstream>
#include <string>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
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

void append_sources(std::string& out, const std::vector<SourceQuote>& sources) {
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
void append_tail(std::string& out, bool& first, const Attributes& attributes,
                 const std::vector<SourceQuote>& sources) {
  if (!attributes.empty()) {
    key(out, first, "attributes");
    append_json(out, attributes);
  }
  if (!sources.empty()) {
    key(out, first, "sources");
    append_sources(out, sources);
  }
  out += '}';
}

void text_field(std::string& out, bool& first, std::string_view name, const std::string& value) {
  if (value.empty()) return;
  key(out, first, name);
  append_json_string(out, value);
}

void append_node(std::string& out, const PropertyGraph& g, const Node& node) {
  bool first = true;
  text_field(out, first, "id", node.id);
  text_field(out, first, "name", node.name);
  text_field(out, first, "name_en", node.name_en);
  text_field(out, first, "type", g.type_name(node.type));
  if (node.parent) text_field(out, first, "parent", g.node(*node.parent).id);
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

void append_edge(std::string& out, const PropertyGraph& g, const Edge& edge) {
  bool first = true;
  text_field(out, first, "id", edge.id);
  text_field(out, first, "source", g.node(edge.source).id);
  text_field(out, first, "target", g.node(edge.target).id);
  text_field(out, first, "kind", g.kind_name(edge.kind));
  key(out, first, "directed");
  out += edge.direction == EdgeDirection::directed ? "true" : "false";
  key(out, first, "weight");
  append_json_number(out, edge.weight);
  if (edge.year != kNoYear) {
    key(out, first, "year");
    out += std::to_string(edge.year);
  }
  text_field(out, first, "evidence", g.evidence_name(edge.evidence));
  append_tail(out, first, edge.attributes, edge.sources);
}

void append_members(std::string& out, const PropertyGraph& g, const std::vector<NodeRef>& list) {
  out += '[';
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i) out += ", ";
    append_json_string(out, g.node(list[i]).id);
  }
  out += ']';
}

void append_group(std::string& out, const PropertyGraph& g, const Group& group) {
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
  append_tail(out, first, group.attributes, group.sources);
}

void append_group_edge(std::string& out, const PropertyGraph& g, const GroupEdge& edge) {
  bool first = true;
  text_field(out, first, "id", edge.id);
  text_field(out, first, "source", edge.source);
  text_field(out, first, "target", edge.target);
  text_field(out, first, "kind", g.kind_name(edge.kind));
  key(out, first, "directed");
  out += edge.direction == EdgeDirection::directed ? "true" : "false";
  text_field(out, first, "evidence", g.evidence_name(edge.evidence));
  append_tail(out, first, edge.attributes, edge.sources);
}

void append_indicator(std::string& out, const Indicator& indicator) {
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
  append_tail(out, first, Attributes::object(), indicator.sources);
}

void append_names(std::string& out, std::span<const std::string> names) {
  out += '[';
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += ", ";
    append_json_string(out, names[i]);
  }
  out += ']';
}

// Writes `"name": [` + one record per line + `]`, flushing in batches to bound memory.
template <class Records, class Append>
void write_section(std::ostream& out, std::string& buffer, std::string_view name,
                   const Records& records, Append append, bool last) {
  buffer += ",\n  ";
  append_json_string(buffer, name);
  buffer += ": [";
  for (std::size_t i = 0; i < records.size(); ++i) {
    buffer += i ? ",\n    " : "\n    ";
    append(buffer, records[i]);
    if (buffer.size() > (1u << 20)) {
      out << buffer;
      buffer.clear();
    }
  }
  buffer += records.empty() ? "]" : "\n  ]";
  if (last) buffer += "\n}\n";
}

}  // namespace

void write_native_json(const PropertyGraph& g, std::ostream& out) {
  std::string buffer = "{\n  \"format\": ";
  append_json_string(buffer, kNativeFormatName);
  buffer += ",\n  \"version\": " + std::to_string(kNativeFormatVersion) + ",\n  \"metadata\": ";
  append_json(buffer, g.metadata());
  buffer += ",\n  \"vocabulary\": {\"types\": ";
  append_names(buffer, g.type_names());
  buffer += ", \"kinds\": ";
  append_names(buffer, g.kind_names());
  buffer += ", \"evidence\": ";
  append_names(buffer, g.evidence_names());
  buffer += "}";
  write_section(
      out, buffer, "nodes", g.nodes(), [&](std::string& o, const Node& n) { append_node(o, g, n); },
      false);
  write_section(
      out, buffer, "edges", g.edges(), [&](std::string& o, const Edge& e) { append_edge(o, g, e); },
      false);
  write_section(
      out, buffer, "groups", g.groups(),
      [&](std::string& o, const Group& x) { append_group(o, g, x); }, false);
  write_section(
      out, buffer, "group_edges", g.group_edges(),
      [&](std::string& o, const GroupEdge& e) { append_group_edge(o, g, e); }, false);
  write_section(
      out, buffer, "indicators", g.indicators(),
      [&](std::string& o, const Indicator& i) { append_indicator(o, i); }, true);
  out << buffer;
  if (!out) throw Error("writing the graph failed");
}

void write_native_json_file(const PropertyGraph& graph, const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw Error(path + ": cannot open for writing");
  write_native_json(graph, out);
  out.close();
  if (!out) throw Error(path + ": write failed");
}

}  // namespace innonet::io
