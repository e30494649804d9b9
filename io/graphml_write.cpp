#include <algorithm>
#include <string>

#include "io/atomic_file.hpp"
#include "io/exchange_record.hpp"
#include "io/graphml.hpp"
#include "io/xml_document.hpp"

namespace innonet::io {
namespace {

const char* graphml_type(exchange::ValueType type) {
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

// Declares the keys; returns the XML key id of each (node keys "n0"..., edge keys "e0"...).
void declare_keys(pugi::xml_node root, const std::vector<exchange::Key>& keys, const char* domain,
                  const char* prefix) {
  for (std::size_t i = 0; i < keys.size(); ++i) {
    auto key = root.append_child("key");
    key.append_attribute("id") = (prefix + std::to_string(i)).c_str();
    key.append_attribute("for") = domain;
    key.append_attribute("attr.name") = keys[i].name.c_str();
    key.append_attribute("attr.type") = graphml_type(keys[i].type);
  }
}

void add_data(pugi::xml_node element, const Attributes& record,
              const std::vector<exchange::Key>& keys, const char* prefix) {
  // In the record's order, so attributes read back in their order.
  for (const auto& [name, value] : record.items()) {
    const auto it =
        std::find_if(keys.begin(), keys.end(),
                     [&wanted = name](const exchange::Key& k) { return k.name == wanted; });
    auto data = element.append_child("data");
    data.append_attribute("key") = (prefix + std::to_string(it - keys.begin())).c_str();
    data.text().set(xml_chars(value_text(value), "GraphML"));
  }
}

}  // namespace

std::string write_graphml(const PropertyGraph& graph) {
  const auto schema = exchange::make_schema(graph, {.nul = false});
  pugi::xml_document doc;
  auto root = doc.append_child("graphml");
  root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  root.append_attribute("xsi:schemaLocation") =
      "http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
  declare_keys(root, schema.node_keys, "node", "n");
  declare_keys(root, schema.edge_keys, "edge", "e");
  auto g = root.append_child("graph");
  g.append_attribute("id") = "G";
  g.append_attribute("edgedefault") = schema.directed ? "directed" : "undirected";
  for (const auto& node : graph.nodes()) {
    auto element = g.append_child("node");
    element.append_attribute("id") = xml_chars(node.id, "GraphML");
    add_data(element, exchange::node_record(graph, node, schema), schema.node_keys, "n");
  }
  for (const auto& edge : graph.edges()) {
    auto element = g.append_child("edge");
    if (!edge.id.empty()) element.append_attribute("id") = xml_chars(edge.id, "GraphML");
    element.append_attribute("source") = xml_chars(graph.node(edge.source).id, "GraphML");
    element.append_attribute("target") = xml_chars(graph.node(edge.target).id, "GraphML");
    auto record = exchange::edge_record(graph, edge, schema);
    record.erase("id");  // the XML attribute holds it
    add_data(element, record, schema.edge_keys, "e");
  }
  return xml_text(doc);
}

void write_graphml_file(const PropertyGraph& graph, const std::string& path) {
  write_file_atomically(path, write_graphml(graph));
}

}  // namespace innonet::io
