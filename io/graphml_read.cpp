#include <charconv>
#include <map>
#include <set>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/exchange_record.hpp"
#include "io/graphml.hpp"
#include "io/xml_document.hpp"

namespace innonet::io {
namespace {

struct KeyDecl {
  std::string name;
  std::string type;  // as declared, lower case
  std::string domain;
  std::optional<std::string> fallback;  // <default>
};

struct Reader {
  const XmlInput& xml;
  std::map<std::string, KeyDecl, std::less<>> keys;

  Attributes value(const KeyDecl& key, const std::string& text, const pugi::xml_node& at) const {
    const auto& t = key.type;
    if (t == "boolean") {
      if (text == "true" || text == "1" || text == "True") return true;
      if (text == "false" || text == "0" || text == "False") return false;
    } else if (t == "int" || t == "long" || t == "integer") {
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
    xml.fail(at, "expected a " + t + " value for key '" + key.name + "', found \"" + text + "\"");
  }

  void read_keys(const pugi::xml_node& root) {
    for (const auto& k : root.children()) {
      if (k.type() != pugi::node_element || local_name(k) != "key") continue;
      KeyDecl decl{k.attribute("attr.name").value(), k.attribute("attr.type").as_string("string"),
                   k.attribute("for").as_string("all"), std::nullopt};
      if (decl.name.empty()) decl.name = k.attribute("id").value();
      for (const auto& d : k.children())
        if (d.type() == pugi::node_element && local_name(d) == "default")
          decl.fallback = d.child_value();
      if (!keys.emplace(k.attribute("id").value(), std::move(decl)).second)
        xml.fail(k, std::string("duplicate key id '") + k.attribute("id").value() + "'");
    }
  }

  Attributes record(const pugi::xml_node& element, std::string_view domain) const {
    auto out = Attributes::object();
    for (const auto& [id, key] : keys)
      if (key.fallback && (key.domain == domain || key.domain == "all"))
        out[key.name] = value(key, *key.fallback, element);
    for (const auto& d : element.children()) {
      if (d.type() != pugi::node_element) continue;
      const auto name = local_name(d);
      if (name == "port") xml.fail(d, "GraphML ports are not supported");
      if (name == "graph") xml.fail(d, "nested graphs are not supported");
      if (name != "data") continue;
      const auto it = keys.find(std::string_view(d.attribute("key").value()));
      if (it == keys.end())
        xml.fail(d, std::string("<data> uses undeclared key '") + d.attribute("key").value() + "'");
      out[it->second.name] = value(it->second, d.child_value(), d);
    }
    return out;
  }
};

EdgeDirection edge_direction(const XmlInput& xml, const pugi::xml_node& edge,
                             EdgeDirection fallback) {
  const std::string_view directed = edge.attribute("directed").value();
  if (directed.empty()) return fallback;
  if (directed == "true") return EdgeDirection::directed;
  if (directed == "false") return EdgeDirection::undirected;
  xml.fail(edge,
           "expected directed=\"true\" or \"false\", found \"" + std::string(directed) + "\"");
}

void read_graph(Reader& reader, const pugi::xml_node& graph, PropertyGraphBuilder& builder) {
  const std::string_view edgedefault = graph.attribute("edgedefault").as_string("directed");
  if (edgedefault != "directed" && edgedefault != "undirected")
    reader.xml.fail(graph, "expected edgedefault=\"directed\" or \"undirected\"");
  const auto fallback =
      edgedefault == "directed" ? EdgeDirection::directed : EdgeDirection::undirected;
  for (const auto& element : graph.children()) {
    if (element.type() != pugi::node_element) continue;
    const auto name = local_name(element);
    const auto where = reader.xml.where(element);
    if (name == "node") {
      if (element.attribute("id").empty()) reader.xml.fail(element, "<node> without an id");
      builder.add_node(exchange::node_spec(element.attribute("id").value(),
                                           reader.record(element, "node"), where));
    } else if (name == "edge") {
      auto direction = edge_direction(reader.xml, element, fallback);
      auto spec = exchange::edge_spec(element.attribute("source").value(),
                                      element.attribute("target").value(),
                                      reader.record(element, "edge"), direction, where);
      if (!element.attribute("id").empty()) spec.id = element.attribute("id").value();
      if (!element.attribute("directed").empty()) spec.direction = direction;
      builder.add_edge(std::move(spec));
    } else if (name == "hyperedge") {
      reader.xml.fail(element, "hyperedges are not supported");
    }
  }
}

}  // namespace

PropertyGraph read_graphml(std::string text, const std::string& file_name) {
  const XmlInput xml(std::move(text), file_name);
  const auto root = xml.document().document_element();
  if (local_name(root) != "graphml")
    xml.fail(root, "expected a <graphml> document, found <" + std::string(root.name()) + ">");
  Reader reader{xml, {}};
  reader.read_keys(root);
  PropertyGraphBuilder builder;
  int graphs = 0;
  for (const auto& g : root.children()) {
    if (g.type() != pugi::node_element || local_name(g) != "graph") continue;
    if (++graphs > 1) xml.fail(g, "more than one <graph> (only one graph per file is read)");
    read_graph(reader, g, builder);
  }
  if (graphs == 0) xml.fail(root, "no <graph> element");
  return builder.build();
}

PropertyGraph read_graphml_file(const std::string& path) {
  return read_graphml(exchange::read_text_file(path), path);
}

}  // namespace innonet::io
