#pragma once
// Reading and writing a PropertyGraph by file extension:
//   .json                 the native format (io/native_json.hpp)
//   .csv                  the CSV layout (io/csv.hpp): X.csv or X.nodes.csv names the set
//                         X.nodes.csv, X.edges.csv, X.groups.csv, X.group_edges.csv,
//                         X.indicators.csv, X.metadata.csv
//   .edges .txt .el       whitespace edge lists (io/edge_list.hpp): nodes typed "node", edges
//                         kind "edge", ids are the file's integers; read only
// Any other extension is a UsageError naming the supported ones.
#include <string>
#include <string_view>

#include "engine/property_graph.hpp"

namespace innonet::io {

enum class GraphFileFormat { native_json, csv, edge_list };

// The format a path's extension names; UsageError for an unknown one.
GraphFileFormat graph_file_format(std::string_view path);

PropertyGraph read_graph_file(const std::string& path);
void write_graph_file(const PropertyGraph& graph, const std::string& path);

}  // namespace innonet::io
