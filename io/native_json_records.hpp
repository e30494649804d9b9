#pragma once
// Internal to the native JSON reader (and the CSV reader, which shares the helpers for JSON
// cells): one record of each section, read field by field from a JsonCursor into the builder.
// `index` is the record's position in its list, named in messages until its id is known.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/property_graph_builder.hpp"
#include "io/json_cursor.hpp"

namespace innonet::io {

void read_node(JsonCursor& cursor, PropertyGraphBuilder& builder, std::int64_t index);
void read_edge(JsonCursor& cursor, PropertyGraphBuilder& builder, std::int64_t index);
void read_group(JsonCursor& cursor, PropertyGraphBuilder& builder, std::int64_t index);
void read_group_edge(JsonCursor& cursor, PropertyGraphBuilder& builder, std::int64_t index);
void read_indicator(JsonCursor& cursor, PropertyGraphBuilder& builder, std::int64_t index);

// Values of fields, shared with the CSV reader (which parses JSON cells with a JsonCursor).
// `what` names the field in messages, e.g. "'sources'".
std::vector<SourceQuote> read_sources(JsonCursor& cursor, const std::string& what);
std::vector<std::string> read_string_list(JsonCursor& cursor, const std::string& what);
GeoPoint read_coordinates(JsonCursor& cursor, const std::string& what);
Attributes read_attributes(JsonCursor& cursor, const std::string& what);
// An integer year in [kMinYear, kMaxYear], or kNoYear for null.
std::int32_t read_year(JsonCursor& cursor, const std::string& what);

// The whole file; ParseError (no line) when it cannot be read.
std::string read_text_file(const std::string& path);

}  // namespace innonet::io
