#include "io/dot.hpp"

#include "io/atomic_file.hpp"
#include "io/exchange_record.hpp"

namespace innonet::io {
namespace {

void append_id(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c != '\r') out += c;
  }
  out += '"';
}

void append_attributes(std::string& out, const Attributes& record, std::string_view first) {
  out += " [";
  out += first;
  bool comma = !first.empty();
  for (const auto& [key, value] : record.items()) {
    out += comma ? ", " : "";
    comma = true;
    append_id(out, key);
    out += '=';
    if (value.is_number_float())
      out += exchange::number_text(value.get<double>());
    else if (value.is_number() || value.is_boolean())
      out += value.dump();
    else
      append_id(out, value.is_string() ? value.get<std::string>() : value.dump());
  }
  out += "];\n";
}

}  // namespace

std::string write_dot(const PropertyGraph& graph) {
  const auto schema = exchange::make_schema(graph, {});
  std::string out = schema.directed ? "digraph innonet {\n" : "graph innonet {\n";
  for (const auto& node : graph.nodes()) {
    out += "  ";
    append_id(out, node.id);
    std::string label = "label=";
    append_id(label, node.name.empty() ? node.id : node.name);
    append_attributes(out, exchange::node_record(graph, node, schema), label);
  }
  for (const auto& edge : graph.edges()) {
    out += "  ";
    append_id(out, graph.node(edge.source).id);
    out += schema.directed ? " -> " : " -- ";
    append_id(out, graph.node(edge.target).id);
    auto record = exchange::edge_record(graph, edge, schema);
    record.erase("directed");
    append_attributes(
        out, record, schema.mixed && edge.direction == EdgeDirection::undirected ? "dir=none" : "");
  }
  return out + "}\n";
}

void write_dot_file(const PropertyGraph& graph, const std::string& path) {
  write_file_atomically(path, write_dot(graph));
}

}  // namespace innonet::io
