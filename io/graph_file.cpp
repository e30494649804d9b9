#include "io/graph_file.hpp"

#include <new>
#include <string_view>

#include "engine/error.hpp"
#include "engine/memory_budget.hpp"
#include "engine/projection.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/csv.hpp"
#include "io/edge_list.hpp"
#include "io/matrix_market.hpp"
#include "io/native_json.hpp"
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
  if (ends_with(path, ".json")) return GraphFileFormat::native_json;
  if (ends_with(path, ".csv")) return GraphFileFormat::csv;
  if (ends_with(path, ".edges") || ends_with(path, ".txt") || ends_with(path, ".el"))
    return GraphFileFormat::edge_list;
  if (ends_with(path, ".mtx")) return GraphFileFormat::matrix_market;
  if (ends_with(path, ".inb")) return GraphFileFormat::snapshot;
  throw UsageError(std::string(path) +
                   ": unknown graph file extension (supported: .json native graph, .csv "
                   "(X.nodes.csv + X.edges.csv ...), .edges/.txt/.el edge list, .mtx Matrix "
                   "Market, .inb snapshot)");
}

bool is_lossless(GraphFileFormat format) {
  return format == GraphFileFormat::native_json || format == GraphFileFormat::csv;
}

bool is_structural(GraphFileFormat format) { return !is_lossless(format); }

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
  if (format == GraphFileFormat::native_json)
    return naming_the_file(path, [&] { return read_native_json_file(path); });
  if (format == GraphFileFormat::csv)
    return naming_the_file(path, [&] { return read_csv_graph_files(path); });
  const LoadedGraph loaded = read_structure_file(path, options);
  return naming_the_file(path,
                         [&] { return to_property_graph(loaded.graph, loaded.original_ids); });
}

void write_graph_file(const PropertyGraph& graph, const std::string& path) {
  const auto format = graph_file_format(path);
  if (format == GraphFileFormat::native_json) return write_native_json_file(graph, path);
  if (format == GraphFileFormat::csv) return write_csv_graph_files(graph, path);
  const CsrGraph g = project(graph, {.merge = MergeRule::keep});
  if (format == GraphFileFormat::edge_list) return write_edge_list(g, path);
  if (format == GraphFileFormat::matrix_market) return write_matrix_market(g, path);
  write_snapshot(g, path);
}

}  // namespace innonet::io
