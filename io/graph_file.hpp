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
// (io/exchange_record.hpp) but not groups, group edges, indicators or metadata; read_graph_file
// reads them (not DOT) into a PropertyGraph.
// Edge lists, .mtx and .inb hold structure only. read_structure_file reads them straight into a
// CsrGraph (parallel edges and self-loops kept, the file's direction; vertex v is the file's id v,
// or original_ids[v] where the file names its own ids), which costs what the CSR costs: about 16
// bytes per node and 8 per arc. to_property_graph turns that into a PropertyGraph only when
// properties are needed: nodes typed "node" with ids "0".."n-1" (or the original ids) in vertex
// order, and one edge of kind "edge" per arc (per edge {u, v}, u <= v, of an undirected file) in
// row order, with the file's weights (1 when unweighted); about 300 bytes per node.
// read_graph_file does both for a structural format. Written, the graph is projected with every
// node and edge (engine/projection.hpp, parallel edges kept), so vertex v is the v-th node and
// names, types, kinds, groups and attributes are not kept.
// Any other extension is a UsageError naming the supported ones.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "engine/property_graph.hpp"
#include "io/snapshot.hpp"
#include "io/text_parse.hpp"

namespace innonet::io {

// How much of a snapshot to check (io/snapshot.hpp): full by default, since a file may come from
// anywhere; structure skips the O(m) sortedness and transpose checks for trusted files.
struct StructureReadOptions {
  Verify verify = Verify::full;
};

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
// Whether `format` holds structure only (edge list, Matrix Market, snapshot).
bool is_structural(GraphFileFormat format);
// Whether the format keeps nodes and edges with every field (the exchange formats).
bool keeps_node_and_edge_fields(GraphFileFormat format);
// One line naming what writing `format` leaves out; empty for a lossless format.
std::string lost_in(GraphFileFormat format);

// A structural file (is_structural) as a CsrGraph; UsageError for any other format.
LoadedGraph read_structure_file(const std::string& path, const StructureReadOptions& options = {});
// The PropertyGraph a structural file stands for (see above).
PropertyGraph to_property_graph(const CsrGraph& g, std::span<const std::int64_t> original_ids = {});

// Errors name the file: ParseErrors as the readers throw them, a ValidationError (a rule broken
// by a well-formed record) prefixed with the path, and std::bad_alloc as an Error saying the
// file and the memory that was available.
PropertyGraph read_graph_file(const std::string& path, const StructureReadOptions& options = {});
void write_graph_file(const PropertyGraph& graph, const std::string& path);
// Writes `format` whatever the extension (convert --to node-link).
void write_graph_file(const PropertyGraph& graph, const std::string& path, GraphFileFormat format);
// The format named `name` (json, csv, edges, mtx, inb, graphml, gexf, gml, pajek, node-link,
// dot); UsageError for another.
GraphFileFormat graph_file_format_named(std::string_view name);

}  // namespace innonet::io
