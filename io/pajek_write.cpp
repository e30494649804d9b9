#include <string>

#include "io/atomic_file.hpp"
#include "io/exchange_record.hpp"
#include "io/pajek.hpp"

namespace innonet::io {
namespace {

void append_quoted(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  out += '"';
}

std::string text_of(const Attributes& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number_float()) return exchange::number_text(value.get<double>());
  return value.dump();
}

void append_pairs(std::string& out, const Attributes& record) {
  for (const auto& [key, value] : record.items()) {
    out += ' ';
    append_quoted(out, key);
    out += ' ';
    append_quoted(out, text_of(value));
  }
}

void append_edges(std::string& out, const PropertyGraph& graph, const exchange::Schema& schema,
                  EdgeDirection direction) {
  bool any = false;
  for (const auto& edge : graph.edges()) {
    if (edge.direction != direction) continue;
    if (!any) out += direction == EdgeDirection::directed ? "*arcs\n" : "*edges\n";
    any = true;
    out += std::to_string(index(edge.source) + 1) + " " + std::to_string(index(edge.target) + 1) +
           " " + exchange::number_text(edge.weight);
    auto record = exchange::edge_record(graph, edge, schema);
    record.erase("weight");
    record.erase("directed");  // the section says it
    append_pairs(out, record);
    out += '\n';
  }
}

}  // namespace

std::string write_pajek(const PropertyGraph& graph) {
  const auto schema = exchange::make_schema(
      graph, {.identifier_keys = false, .strings_only = true, .line_breaks = false});
  std::string out = "*vertices " + std::to_string(graph.num_nodes()) + "\n";
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v) {
    const auto& node = graph.nodes()[v];
    out += std::to_string(v + 1) + " ";
    append_quoted(out, node.id);
    out += " 0.0 0.0 ellipse";
    append_pairs(out, exchange::node_record(graph, node, schema));
    out += '\n';
  }
  append_edges(out, graph, schema, EdgeDirection::directed);
  append_edges(out, graph, schema, EdgeDirection::undirected);
  return out;
}

void write_pajek_file(const PropertyGraph& graph, const std::string& path) {
  write_file_atomically(path, write_pajek(graph));
}

}  // namespace innonet::io
