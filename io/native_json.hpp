#pragma once
// The native graph format: one JSON document holding a whole PropertyGraph, nothing lost.
// docs/format.md describes it field by field; in short:
//   {"format": "innonet-graph", "version": 1, "metadata": {...},
//    "vocabulary": {"types": [...], "kinds": [...], "evidence": [...]},      (optional)
//    "nodes": [...], "edges": [...], "groups": [...], "group_edges": [...], "indicators": [...]}
// Sections come in that order (nodes before the edges that use them); optional fields may be
// omitted, and null means absent. Unknown fields are refused, never dropped: extra data belongs
// in a record's "attributes" or in "metadata".
//
// Reading streams: the text is walked record by record (io/json_cursor.hpp) straight into the
// PropertyGraphBuilder, never held as a DOM, so memory is the text plus the graph. Every error
// names file:line:column and what was expected; builder ValidationErrors carry the record's
// origin ("graph.json:12:5: edge 'e7': unknown source node 'x'"). A file of a newer version is
// refused: "graph.json:3:14: format version 2 is newer than this innonet supports (1)".
//
// Writing is deterministic (records formatted in parallel blocks, written in order), one record
// per line, so write(read(write(g))) is byte-identical to write(g) and the committed dataset
// diffs line by line. Numbers are written in the shortest form
// that reads back exactly; integral values below 1e15 without a fraction ("1", not "1.0").
// Cost: O(size of the text) both ways.
#include <ostream>
#include <string>
#include <string_view>

#include "engine/property_graph.hpp"
#include "io/record_format.hpp"
#include "io/sink.hpp"

namespace innonet::io {

inline constexpr std::string_view kNativeFormatName = "innonet-graph";
inline constexpr int kNativeFormatVersion = 1;

// `file_name` is only used in messages.
PropertyGraph read_native_json(std::string_view text, const std::string& file_name);
PropertyGraph read_native_json_file(const std::string& path);

void write_native_json(const PropertyGraph& graph, ByteSink& out);
void write_native_json(const PropertyGraph& graph, std::ostream& out);
// Atomic (io/atomic_file.hpp): the whole file at `path`, or an Error and the old file.
void write_native_json_file(const PropertyGraph& graph, const std::string& path);

// Streaming: nodes and edges from `records` (io/record_format.hpp), everything else (metadata,
// vocabulary, groups, group edges, indicators) from `graph`. The PropertyGraph writers above are
// this with graph_records(graph), so a generator that streams its records without building a
// PropertyGraph writes the same bytes as the PropertyGraph it stands for.
void write_native_json(const PropertyGraph& graph, const RecordStreams& records, ByteSink& out);
void write_native_json_file(const PropertyGraph& graph, const RecordStreams& records,
                            const std::string& path);

// Shared with the CSV format, which keeps nested values as JSON in a cell: one-line JSON with
// ", " and ": " separators, UTF-8 unescaped; throws innonet::Error on invalid UTF-8.
void append_json(std::string& out, const nlohmann::ordered_json& value);
void append_json_string(std::string& out, std::string_view text);
void append_json_number(std::string& out, double value);

}  // namespace innonet::io
