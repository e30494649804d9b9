#include "io/node_link.hpp"

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/atomic_file.hpp"
#include "io/exchange_record.hpp"
#include "io/json_cursor.hpp"
#include "io/native_json.hpp"

namespace innonet::io {
namespace {

std::string id_text(const Attributes& value, const exchange::Where& where, const char* what) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return value.dump();
  throw ParseError(
      where.file, where.line, where.column,
      std::string("expected a string or integer ") + what + ", found " + exchange::shown(value));
}

// JSON offers no positions once parsed: records are located by their index.
exchange::Where record_where(const std::string& file, const char* list, std::size_t i) {
  return {file + " " + list + "[" + std::to_string(i) + "]", 0, 0};
}

}  // namespace

PropertyGraph read_node_link(const std::string& text, const std::string& file_name) {
  // Through the native reader's JSON parser: strict, located errors, and nesting limited to
  // kMaxJsonDepth (nlohmann::json copies and compares recursively: a deep enough file would
  // overflow the stack).
  JsonCursor cursor(text, file_name);
  cursor.skip_byte_order_mark();
  Attributes doc = cursor.read_value();
  cursor.expect_end();
  if (!doc.is_object() || !doc.contains("nodes") || !doc["nodes"].is_array() ||
      !doc.contains("links") || !doc["links"].is_array())
    throw ParseError(file_name, 0, 0,
                     "expected a node-link object with \"nodes\" and \"links\" lists");
  if (doc.contains("directed") && !doc["directed"].is_boolean())
    throw ParseError(
        file_name, 0, 0,
        "expected true or false in \"directed\", found " + exchange::shown(doc["directed"]));
  const auto direction =
      doc.value("directed", false) ? EdgeDirection::directed : EdgeDirection::undirected;
  PropertyGraphBuilder builder;
  for (std::size_t i = 0; i < doc["nodes"].size(); ++i) {
    auto record = doc["nodes"][i];
    const auto where = record_where(file_name, "nodes", i);
    if (!record.is_object() || !record.contains("id"))
      throw ParseError(where.file, 0, 0, "expected an object with an \"id\"");
    const auto id = id_text(record["id"], where, "id");
    record.erase("id");
    builder.add_node(exchange::node_spec(id, record, where));
  }
  for (std::size_t i = 0; i < doc["links"].size(); ++i) {
    auto record = doc["links"][i];
    const auto where = record_where(file_name, "links", i);
    if (!record.is_object() || !record.contains("source") || !record.contains("target"))
      throw ParseError(where.file, 0, 0, "expected an object with \"source\" and \"target\"");
    const auto source = id_text(record["source"], where, "source");
    const auto target = id_text(record["target"], where, "target");
    for (const char* key : {"source", "target", "key"}) record.erase(key);
    builder.add_edge(exchange::edge_spec(source, target, record, direction, where));
  }
  return builder.build();
}

PropertyGraph read_node_link_file(const std::string& path) {
  return read_node_link(exchange::read_text_file(path), path);
}

std::string write_node_link(const PropertyGraph& graph) {
  const auto schema = exchange::make_schema(graph, {.json_values = true});
  std::string out = "{\"directed\": ";
  out += schema.directed ? "true" : "false";
  out += ", \"multigraph\": true, \"graph\": {},\n\"nodes\": [";
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v) {
    const auto& node = graph.nodes()[v];
    auto record = Attributes::object();
    record["id"] = node.id;
    const auto fields = exchange::node_record(graph, node, schema);
    for (const auto& [key, value] : fields.items()) record[key] = value;
    out += v ? ",\n" : "\n";
    append_json(out, record);
  }
  out += "],\n\"links\": [";
  for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
    const auto& edge = graph.edges()[e];
    auto record = Attributes::object();
    record["source"] = graph.node(edge.source).id;
    record["target"] = graph.node(edge.target).id;
    const auto fields = exchange::edge_record(graph, edge, schema);
    for (const auto& [key, value] : fields.items()) record[key] = value;
    out += e ? ",\n" : "\n";
    append_json(out, record);
  }
  return out + "]}\n";
}

void write_node_link_file(const PropertyGraph& graph, const std::string& path) {
  write_file_atomically(path, write_node_link(graph));
}

}  // namespace innonet::io
