#include <charconv>
#include <map>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/exchange_record.hpp"
#include "io/gexf.hpp"
#include "io/xml_document.hpp"

namespace innonet::io {
namespace {

struct AttributeDecl {
  std::string title;
  std::string type;
  std::optional<std::string> fallback;
};
using Declarations = std::map<std::string, AttributeDecl, std::less<>>;

pugi::xml_node child(const pugi::xml_node& parent, std::string_view name) {
  for (const auto& c : parent.children())
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  return {};
}

Attributes typed(const XmlInput& xml, const AttributeDecl& decl, const std::string& text,
                 const pugi::xml_node& at) {
  const auto& t = decl.type;
  if (t == "boolean") {
    if (text == "true" || text == "1" || text == "True") return true;
    if (text == "false" || text == "0" || text == "False") return false;
  } else if (t == "integer" || t == "long" || t == "int") {
    std::int64_t v = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (!text.empty() && error == std::errc() && end == text.data() + text.size()) return v;
  } else if (t == "float" || t == "double") {
    double v = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (!text.empty() && error == std::errc() && end == text.data() + text.size()) return v;
  } else {
    return text;
  }
  xml.fail(at,
           "expected a " + t + " value for attribute '" + decl.title + "', found \"" + text + "\"");
}

void declare(const XmlInput& xml, const pugi::xml_node& attributes, Declarations& out) {
  for (const auto& a : attributes.children()) {
    if (a.type() != pugi::node_element || local_name(a) != "attribute") continue;
    AttributeDecl decl{a.attribute("title").value(), a.attribute("type").as_string("string"), {}};
    if (decl.title.empty()) decl.title = a.attribute("id").value();
    if (const auto d = child(a, "default")) decl.fallback = d.child_value();
    if (!out.emplace(a.attribute("id").value(), std::move(decl)).second)
      xml.fail(a, std::string("duplicate attribute id '") + a.attribute("id").value() + "'");
  }
}

Attributes values(const XmlInput& xml, const pugi::xml_node& element, const Declarations& decls) {
  auto record = Attributes::object();
  for (const auto& [id, decl] : decls)
    if (decl.fallback) record[decl.title] = typed(xml, decl, *decl.fallback, element);
  for (const auto& c : element.children()) {
    if (c.type() != pugi::node_element) continue;
    if (local_name(c) == "nodes") xml.fail(c, "nested nodes (hierarchical GEXF) are not supported");
    if (local_name(c) != "attvalues") continue;
    for (const auto& v : c.children()) {
      if (v.type() != pugi::node_element || local_name(v) != "attvalue") continue;
      const std::string_view key =
          v.attribute("for") ? v.attribute("for").value() : v.attribute("id").value();
      const auto it = decls.find(key);
      if (it == decls.end())
        xml.fail(v, "attvalue for undeclared attribute '" + std::string(key) + "'");
      record[it->second.title] = typed(xml, it->second, v.attribute("value").value(), v);
    }
  }
  return record;
}

EdgeDirection direction_of(const XmlInput& xml, const pugi::xml_node& at, std::string_view type,
                           EdgeDirection fallback) {
  if (type.empty()) return fallback;
  if (type == "directed") return EdgeDirection::directed;
  if (type == "undirected" || type == "mutual") return EdgeDirection::undirected;
  xml.fail(at, "expected an edge type directed, undirected or mutual, found \"" +
                   std::string(type) + "\"");
}

void add_edges(const XmlInput& xml, const pugi::xml_node& edges, const Declarations& decls,
               EdgeDirection fallback, PropertyGraphBuilder& builder) {
  std::int64_t index = 0;
  for (const auto& e : edges.children()) {
    if (e.type() != pugi::node_element || local_name(e) != "edge") continue;
    auto record = Attributes::object();
    if (!e.attribute("kind").empty()) record["kind"] = e.attribute("kind").value();
    if (!e.attribute("weight").empty()) record["weight"] = e.attribute("weight").value();
    const auto given = values(xml, e, decls);
    for (const auto& [key, value] : given.items())
      if (key != "networkx_key") record[key] = value;  // NetworkX's multigraph edge key
    auto direction = direction_of(xml, e, e.attribute("type").value(), fallback);
    auto spec = exchange::edge_spec(e.attribute("source").value(), e.attribute("target").value(),
                                    record, direction, xml.where(e));
    if (!e.attribute("type").empty()) spec.direction = direction;
    const std::string id = e.attribute("id").value();
    if (id != "#" + std::to_string(index)) spec.id = id;  // "#i": written for an edge without id
    ++index;
    builder.add_edge(std::move(spec));
  }
}

}  // namespace

PropertyGraph read_gexf(std::string text, const std::string& file_name) {
  const XmlInput xml(std::move(text), file_name);
  const auto root = xml.document().document_element();
  if (local_name(root) != "gexf")
    xml.fail(root, "expected a <gexf> document, found <" + std::string(root.name()) + ">");
  const auto graph = child(root, "graph");
  if (!graph) xml.fail(root, "no <graph> element");
  const auto fallback = direction_of(xml, graph, graph.attribute("defaultedgetype").value(),
                                     EdgeDirection::undirected);
  Declarations node_decls, edge_decls;
  for (const auto& a : graph.children())
    if (a.type() == pugi::node_element && local_name(a) == "attributes")
      declare(xml, a,
              std::string_view(a.attribute("class").value()) == "edge" ? edge_decls : node_decls);
  PropertyGraphBuilder builder;
  for (const auto& n : child(graph, "nodes").children()) {
    if (n.type() != pugi::node_element || local_name(n) != "node") continue;
    if (n.attribute("id").empty()) xml.fail(n, "<node> without an id");
    auto record = Attributes::object();
    if (!n.attribute("label").empty()) record["name"] = n.attribute("label").value();
    const auto given = values(xml, n, node_decls);
    for (const auto& [key, value] : given.items()) record[key] = value;
    builder.add_node(exchange::node_spec(n.attribute("id").value(), record, xml.where(n)));
  }
  add_edges(xml, child(graph, "edges"), edge_decls, fallback, builder);
  return builder.build();
}

PropertyGraph read_gexf_file(const std::string& path) {
  return read_gexf(exchange::read_text_file(path), path);
}

}  // namespace innonet::io
