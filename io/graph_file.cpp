#include "io/graph_file.hpp"

#include <new>
#include <string_view>

#include "engine/error.hpp"
#include "engine/memory_budget.hpp"
#include "engine/projection.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/csv.hpp"
#include "io/dot.hpp"
#include "io/edge_list.hpp"
#include "io/gexf.hpp"
#include "io/gml.hpp"
#include "io/graphml.hpp"
#include "io/matrix_market.hpp"
#include "io/native_json.hpp"
#include "io/node_link.hpp"
#include "io/pajek.hpp"
#include "io/snapshot.hpp"

namespace innonet::io {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string node_id(std::span<const std::int64_t> original_ids, Vertex v) {
  return std::to_string(original_ids.empty() ? std::int64_t{v} : original_ids[v]);
}

void add_plain_nodes(PropertyGraphBuilder& builder, Vertex n,
                     std::span<const std::int64_t> original_ids) {
  builder.reserve(n, 0);
  for (Vertex v = 0; v < n; ++v) builder.add_node({.id = node_id(original_ids, v), .type = "node"});
}

// Adds the file to what a reader throws without it: a rule broken by a well-formed record
// (ValidationError, e.g. a duplicate node id) and running out of memory.
template <class Read>
auto naming_the_file(const std::string& path, Read read) {
  try {
    return read();
  } catch (const ValidationError& e) {
    if (std::string_view(e.what()).starts_with(path + ":")) throw;
    throw ValidationError(path, e.what());
  } catch (const std::bad_alloc&) {
    const auto available = available_memory_bytes();
    throw Error(path + ": out of memory while reading the graph" +
                (available ? " (" + format_bytes(*available) + " were available)" : ""));
  }
}

}  // namespace

GraphFileFormat graph_file_format(std::string_view path) {
  if (ends_with(path, ".nx.json")) return GraphFileFormat::node_link;
  if (ends_with(path, ".json")) return GraphFileFormat::native_json;
  if (ends_with(path, ".graphml")) return GraphFileFormat::graphml;
  if (ends_with(path, ".gexf")) return GraphFileFormat::gexf;
  if (ends_with(path, ".gml")) return GraphFileFormat::gml;
  if (ends_with(path, ".net")) return GraphFileFormat::pajek;
  if (ends_with(path, ".dot") || ends_with(path, ".gv")) return GraphFileFormat::dot;
  if (ends_with(path, ".csv")) return GraphFileFormat::csv;
  if (ends_with(path, ".edges") || ends_with(path, ".txt") || ends_with(path, ".el"))
    return GraphFileFormat::edge_list;
  if (ends_with(path, ".mtx")) return GraphFileFormat::matrix_market;
  if (ends_with(path, ".inb")) return GraphFileFormat::snapshot;
  throw UsageError(
      std::string(path) +
      ": unknown graph file extension (supported: .json native graph, .csv "
      "(X.nodes.csv + X.edges.csv ...), .edges/.txt/.el edge list, .mtx Matrix "
      "Market, .inb snapshot, .graphml, .gexf, .gml, .net Pajek, .nx.json NetworkX node-link, "
      ".dot/.gv Graphviz (written only))");
}

bool is_lossless(GraphFileFormat format) {
  return format == GraphFileFormat::native_json || format == GraphFileFormat::csv;
}

bool is_structural(GraphFileFormat format) {
  return format == GraphFileFormat::edge_list || format == GraphFileFormat::matrix_market ||
         format == GraphFileFormat::snapshot;
}

bool keeps_node_and_edge_fields(GraphFileFormat format) {
  return is_lossless(format) || format == GraphFileFormat::graphml ||
         format == GraphFileFormat::gexf || format == GraphFileFormat::gml ||
         format == GraphFileFormat::pajek || format == GraphFileFormat::node_link ||
         format == GraphFileFormat::dot;
}

std::string lost_in(GraphFileFormat format) {
  if (is_lossless(format)) return "";
  if (!keeps_node_and_edge_fields(format))
    return "structure only: vertex v is the v-th node; undirected edges are written as two arcs; "
           "names, types, kinds, groups, indicators and attributes are not kept (use .json or "
           ".csv for a lossless copy)";
  std::string line =
      "nodes and edges keep every field; groups, group edges, indicators and metadata are not "
      "kept (use .json or .csv for a lossless copy)";
  if (format == GraphFileFormat::pajek)
    line += "; line breaks in ids, names, types, kinds and evidence become spaces";
  if (format == GraphFileFormat::dot) line += "; DOT is written only (innonet does not read it)";
  return line;
}

LoadedGraph read_structure_file(const std::string& path, const StructureReadOptions& options) {
  const auto format = graph_file_format(path);
  if (!is_structural(format))
    throw UsageError(path + ": not a structure-only graph file (.edges/.txt/.el, .mtx, .inb)");
  return naming_the_file(path, [&] {
    if (format == GraphFileFormat::edge_list) return read_edge_list(path);
    if (format == GraphFileFormat::matrix_market) return read_matrix_market(path);
    return read_snapshot(path, {.verify = options.verify});
  });
}

// An undirected CSR holds each edge as two arcs: keep the one with u <= v.
PropertyGraph to_property_graph(const CsrGraph& g, std::span<const std::int64_t> original_ids) {
  PropertyGraphBuilder builder;
  add_plain_nodes(builder, g.num_nodes(), original_ids);
  const auto direction = g.is_directed() ? EdgeDirection::directed : EdgeDirection::undirected;
  for (Vertex u = 0; u < g.num_nodes(); ++u) {
    const auto targets = g.out_neighbors(u);
    for (std::size_t k = 0; k < targets.size(); ++k) {
      if (!g.is_directed() && targets[k] < u) continue;
      builder.add_edge({.source = node_id(original_ids, u),
                        .target = node_id(original_ids, targets[k]),
                        .kind = "edge",
                        .direction = direction,
                        .weight = g.is_weighted() ? g.out_weights(u)[k] : 1.0});
    }
  }
  return builder.build();
}

PropertyGraph read_graph_file(const std::string& path, const StructureReadOptions& options) {
  const auto format = graph_file_format(path);
  switch (format) {
    case GraphFileFormat::native_json:
      return naming_the_file(path, [&] { return read_native_json_file(path); });
    case GraphFileFormat::csv:
      return naming_the_file(path, [&] { return read_csv_graph_files(path); });
    case GraphFileFormat::graphml:
      return naming_the_file(path, [&] { return read_graphml_file(path); });
    case GraphFileFormat::gexf: return naming_the_file(path, [&] { return read_gexf_file(path); });
    case GraphFileFormat::gml: return naming_the_file(path, [&] { return read_gml_file(path); });
    case GraphFileFormat::pajek:
      return naming_the_file(path, [&] { return read_pajek_file(path); });
    case GraphFileFormat::node_link:
      return naming_the_file(path, [&] { return read_node_link_file(path); });
    case GraphFileFormat::dot:
      throw UsageError(path +
                       ": DOT files are written only (read .graphml, .gexf, .gml, .net or "
                       ".nx.json instead)");
    case GraphFileFormat::edge_list:
    case GraphFileFormat::matrix_market:
    case GraphFileFormat::snapshot: break;
  }
  const LoadedGraph loaded = read_structure_file(path, options);
  return naming_the_file(path,
                         [&] { return to_property_graph(loaded.graph, loaded.original_ids); });
}

GraphFileFormat graph_file_format_named(std::string_view name) {
  static const std::pair<std::string_view, GraphFileFormat> kNames[] = {
      {"json", GraphFileFormat::native_json}, {"csv", GraphFileFormat::csv},
      {"edges", GraphFileFormat::edge_list},  {"mtx", GraphFileFormat::matrix_market},
      {"inb", GraphFileFormat::snapshot},     {"graphml", GraphFileFormat::graphml},
      {"gexf", GraphFileFormat::gexf},        {"gml", GraphFileFormat::gml},
      {"pajek", GraphFileFormat::pajek},      {"node-link", GraphFileFormat::node_link},
      {"dot", GraphFileFormat::dot}};
  for (const auto& [known, format] : kNames)
    if (known == name) return format;
  throw UsageError("--to: unknown format '" + std::string(name) +
                   "' (json, csv, edges, mtx, inb, graphml, gexf, gml, pajek, node-link, dot)");
}

void write_graph_file(const PropertyGraph& graph, const std::string& path) {
  write_graph_file(graph, path, graph_file_format(path));
}

void write_graph_file(const PropertyGraph& graph, const std::string& path, GraphFileFormat format) {
  if (format == GraphFileFormat::native_json) return write_native_json_file(graph, path);
  if (format == GraphFileFormat::csv) return write_csv_graph_files(graph, path);
  if (format == GraphFileFormat::graphml) return write_graphml_file(graph, path);
  if (format == GraphFileFormat::gexf) return write_gexf_file(graph, path);
  if (format == GraphFileFormat::gml) return write_gml_file(graph, path);
  if (format == GraphFileFormat::pajek) return write_pajek_file(graph, path);
  if (format == GraphFileFormat::node_link) return write_node_link_file(graph, path);
  if (format == GraphFileFormat::dot) return write_dot_file(graph, path);
  const CsrGraph g = project(graph, {.merge = MergeRule::keep});
  if (format == GraphFileFormat::edge_list) return write_edge_list(g, path);
  if (format == GraphFileFormat::matrix_market) return write_matrix_market(g, path);
  write_snapshot(g, path);
}

}  // namespace innonet::io
