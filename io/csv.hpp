#pragma once
// The property graph as CSV files, nothing lost (docs/format.md has every column):
//   X.nodes.csv        id,name,name_en,type,parent,latitude_deg,longitude_deg,attributes,sources
//   X.edges.csv        id,source,target,kind,directed,weight,year,evidence,attributes,sources
//   X.groups.csv       id,name,name_en,kind,members,members_implied,attributes,sources
//   X.group_edges.csv  id,source,target,kind,directed,evidence,attributes,sources
//   X.indicators.csv   id,scope,metric,metric_name,value,unit,year,kind,op,note,sources
//   X.metadata.csv     section,key,value   (format/version, metadata entries, vocabularies)
// UTF-8, RFC 4180 quoting (io/csv_table.hpp), LF line ends. Nested values (attributes, sources,
// members) are JSON in a cell. An empty cell means absent. Only id and type (nodes) and source,
// target and kind (edges) are required columns; the nodes and edges files are required, the
// others may be missing (empty sections). A column the layout does not know becomes a string
// attribute of each record with a non-empty cell (so spreadsheets with extra columns load).
// Errors name file:line:column: "g.edges.csv:17:9: edge 'e7': expected a finite number in
// 'weight', found "n/a"". Cost: O(bytes) both ways.
#include <string>
#include <string_view>

#include "engine/property_graph.hpp"
#include "io/record_format.hpp"

namespace innonet::io {

// The six file names of a CSV graph: `path` is X.csv or X.nodes.csv (or any X.<part>.csv), and
// X.csv.incomplete, the marker that exists only while a writer renames a new set into place.
struct CsvGraphFiles {
  std::string nodes, edges, groups, group_edges, indicators, metadata;
  std::string incomplete;
};
CsvGraphFiles csv_graph_files(std::string_view path);

// The texts of the six files (an empty string for a file that is absent).
struct CsvGraphText {
  std::string nodes, edges, groups, group_edges, indicators, metadata;
};

PropertyGraph read_csv_graph(const CsvGraphText& text, const CsvGraphFiles& names);
CsvGraphText write_csv_graph(const PropertyGraph& graph);

// Refuses a set whose X.csv.incomplete marker exists: its files may mix two versions.
PropertyGraph read_csv_graph_files(const std::string& path);
// Atomic as a set (io/atomic_file.hpp): all six files are written under temporary names first,
// then renamed; an interrupted rename leaves the marker, which the reader refuses.
void write_csv_graph_files(const PropertyGraph& graph, const std::string& path);
// Streaming, as write_native_json's overload: node and edge rows from `records`, the rest from
// `graph`; the same bytes as write_csv_graph_files of the PropertyGraph the records stand for.
void write_csv_graph_files(const PropertyGraph& graph, const RecordStreams& records,
                           const std::string& path);

}  // namespace innonet::io
