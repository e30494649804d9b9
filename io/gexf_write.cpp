#include <algorithm>
#include <string>

#include "io/atomic_file.hpp"
#include "io/exchange_record.hpp"
#include "io/gexf.hpp"
#include "io/xml_document.hpp"

namespace innonet::io {
namespace {

const char* gexf_type(exchange::ValueType type) {
  switch (type) {
    case exchange::ValueType::boolean: return "boolean";
    case exchange::ValueType::integer: return "long";
    case exchange::ValueType::real: return "double";
    case exchange::ValueType::string: return "string";
  }
  return "string";
}

std::string value_text(const Attributes& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number_float()) return exchange::number_text(value.get<double>());
  return value.dump();
}

// Keys the XML attributes of <node>/<edge> hold instead of <attvalue>s.
bool is_xml_attribute(const std::string& key, bool node) {
  return node ? key == "name" : key == "id" || key == "weight";
}

void declare(pugi::xml_node graph, const std::vector<exchange::Key>& keys, const char* domain) {
  auto attributes = graph.append_child("attributes");
  attributes.append_attribute("class") = domain;
  attributes.append_attribute("mode") = "static";
  const bool node = std::string_view(domain) == "node";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (is_xml_attribute(keys[i].name, node)) continue;
    auto a = attributes.append_child("attribute");
    a.append_attribute("id") = std::to_string(i).c_str();
    a.append_attribute("title") = keys[i].name.c_str();
    a.append_attribute("type") = gexf_type(keys[i].type);
  }
}

void add_values(pugi::xml_node element, const Attributes& record,
                const std::vector<exchange::Key>& keys, bool node) {
  pugi::xml_node values;
  // In the record's order, so attributes read back in their order.
  for (const auto& [name, value] : record.items()) {
    if (is_xml_attribute(name, node)) continue;
    const auto it =
        std::find_if(keys.begin(), keys.end(),
                     [&wanted = name](const exchange::Key& k) { return k.name == wanted; });
    if (!values) values = element.append_child("attvalues");
    auto v = values.append_child("attvalue");
    v.append_attribute("for") = std::to_string(it - keys.begin()).c_str();
    v.append_attribute("value") = xml_chars(value_text(value), "GEXF");
  }
}

void add_node(pugi::xml_node nodes, const PropertyGraph& graph, const Node& node,
              const exchange::Schema& schema) {
  auto element = nodes.append_child("node");
  element.append_attribute("id") = xml_chars(node.id, "GEXF");
  if (!node.name.empty()) element.append_attribute("label") = xml_chars(node.name, "GEXF");
  add_values(element, exchange::node_record(graph, node, schema), schema.node_keys, true);
  if (node.coordinates) {
    auto position = element.append_child("viz:position");
    position.append_attribute("x") = exchange::number_text(node.coordinates->longitude_deg).c_str();
    position.append_attribute("y") = exchange::number_text(node.coordinates->latitude_deg).c_str();
    position.append_attribute("z") = "0";
  }
}

}  // namespace

std::string write_gexf(const PropertyGraph& graph) {
  const auto schema = exchange::make_schema(graph, {.nul = false});
  pugi::xml_document doc;
  auto root = doc.append_child("gexf");
  root.append_attribute("xmlns") = "http://gexf.net/1.3";
  root.append_attribute("xmlns:viz") = "http://gexf.net/1.3/viz";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  root.append_attribute("xsi:schemaLocation") = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";
  root.append_attribute("version") = "1.3";
  root.append_child("meta").append_child("creator").text().set("innonet");
  auto g = root.append_child("graph");
  g.append_attribute("mode") = "static";
  g.append_attribute("defaultedgetype") = schema.directed ? "directed" : "undirected";
  declare(g, schema.node_keys, "node");
  declare(g, schema.edge_keys, "edge");
  auto nodes = g.append_child("nodes");
  for (const auto& node : graph.nodes()) add_node(nodes, graph, node, schema);
  auto edges = g.append_child("edges");
  for (std::size_t e = 0; e < graph.edges().size(); ++e) {
    const auto& edge = graph.edges()[e];
    auto element = edges.append_child("edge");
    // GEXF requires edge ids; an edge without one gets its position, which no id can clash with
    // because ids given by the graph are written as they are and "#" starts none of ours.
    const std::string id = edge.id.empty() ? "#" + std::to_string(e) : edge.id;
    element.append_attribute("id") = xml_chars(id, "GEXF");
    element.append_attribute("source") = xml_chars(graph.node(edge.source).id, "GEXF");
    element.append_attribute("target") = xml_chars(graph.node(edge.target).id, "GEXF");
    element.append_attribute("weight") = exchange::number_text(edge.weight).c_str();
    add_values(element, exchange::edge_record(graph, edge, schema), schema.edge_keys, false);
  }
  return xml_text(doc);
}

void write_gexf_file(const PropertyGraph& graph, const std::string& path) {
  write_file_atomically(path, write_gexf(graph));
}

}  // namespace innonet::io
