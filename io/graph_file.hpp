#pragma once
// Reading and writing a PropertyGraph by file extension:
//   .json                 the native format (io/native_json.hpp), lossless
//   .csv                  the CSV layout (io/csv.hpp), lossless: X.csv or X.nodes.csv names the
//                         set X.nodes.csv, X.edges.csv, X.groups.csv, X.group_edges.csv,
//                         X.indicators.csv, X.metadata.csv
//   .edges .txt .el       whitespace edge lists (io/edge_list.hpp)
//   .mtx                  Matrix Market (io/matrix_market.hpp)
//   .inb                  binary CSR snapshot (io/snapshot.hpp)
//   .graphml              GraphML (io/graphml.hpp)
//   .gexf                 GEXF 1.3, Gephi (io/gexf.hpp)
//   .gml                  GML (io/gml.hpp)
//   .net                  Pajek (io/pajek.hpp)
//   .nx.json              NetworkX node-link JSON (io/node_link.hpp), checked before .json
//   .dot .gv              Graphviz DOT, written only (io/dot.hpp)
// The exchange formats (GraphML to DOT) keep nodes and edges with every field
// (io/exchange_record.hpp) but not groups, group edges, indicators or metadata.
// Edge lists, .mtx and .inb hold structure only. Read, they give nodes typed "node" with ids
// "0".."n-1" (the file's own ids where the reader keeps them) and edges of kind "edge" with the
// file's weights (1 when unweighted); an undirected file gives undirected edges. Written, the graph
// is projected with every node and edge (engine/projection.hpp, parallel edges kept), so vertex v
// is the v-th node and names, types, kinds, groups and attributes are not kept.
// Any other extension is a UsageError naming the supported ones.
#include <string>
#include <string_view>

#include "engine/property_graph.hpp"

namespace innonet::io {

enum class GraphFileFormat {
  native_json,
  csv,
  edge_list,
  matrix_market,
  snapshot,
  graphml,
  gexf,
  gml,
  pajek,
  node_link,
  dot
};

// The format a path's extension names; UsageError for an unknown one.
GraphFileFormat graph_file_format(std::string_view path);
// Whether writing `format` keeps every record and field.
bool is_lossless(GraphFileFormat format);
// Whether the format keeps nodes and edges with every field (the exchange formats).
bool keeps_node_and_edge_fields(GraphFileFormat format);
// One line naming what writing `format` leaves out; empty for a lossless format.
std::string lost_in(GraphFileFormat format);

PropertyGraph read_graph_file(const std::string& path);
void write_graph_file(const PropertyGraph& graph, const std::string& path);
// Writes `format` whatever the extension (convert --to node-link).
void write_graph_file(const PropertyGraph& graph, const std::string& path, GraphFileFormat format);
// The format named `name` (json, csv, edges, mtx, inb, graphml, gexf, gml, pajek, node-link,
// dot); UsageError for another.
GraphFileFormat graph_file_format_named(std::string_view name);

}  // namespace innonet::io
