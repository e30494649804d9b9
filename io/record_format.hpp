#pragma once
// One record as the writers format it, whatever holds it: a PropertyGraph, or a generator's compact
// arrays streamed without one (tools/commands/generate_metro.cpp writes 10^8 nodes that way).
// The native JSON line and the CSV row of a node or edge are made here only, from NodeFields and
// EdgeFields, so every writer gives the same bytes for the same record. Groups, group edges and
// indicators exist only in a PropertyGraph and are formatted from it.
//
// NodeStream and EdgeStream hand records to the writers by index: fields(i, storage) returns
// record i, its views pointing into the graph or into `storage` (the caller's strings, reused for
// the next record). They are called from several threads at once, each with its own storage.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "engine/property_graph.hpp"

namespace innonet::io {

struct NodeFields {
  std::string_view id, name, name_en, type;
  std::string_view parent;  // empty: no parent
  std::optional<GeoPoint> coordinates;
  const Attributes* attributes = nullptr;  // null or empty: none
  std::span<const SourceQuote> sources;
};

struct EdgeFields {
  std::string_view id, source, target, kind;
  bool directed = true;
  double weight = 1.0;
  std::int32_t year = kNoYear;
  std::string_view evidence;
  const Attributes* attributes = nullptr;
  std::span<const SourceQuote> sources;
};

// Strings a stream may fill for one record (ids made on the fly).
struct FieldStorage {
  std::string id, name, parent, source, target;
};

struct NodeStream {
  std::int64_t count = 0;
  std::function<NodeFields(std::int64_t, FieldStorage&)> fields;
};
struct EdgeStream {
  std::int64_t count = 0;
  std::function<EdgeFields(std::int64_t, FieldStorage&)> fields;
};
// What the streaming writers take besides the PropertyGraph holding everything else; progress
// (may be empty) hears "writing nodes" / "writing edges" and the fraction done.
struct RecordStreams {
  NodeStream nodes;
  EdgeStream edges;
  std::function<void(std::string_view stage, double fraction)> progress;
};
// The graph's own nodes and edges.
RecordStreams graph_records(const PropertyGraph& g);

// Native JSON objects, on one line, no separator.
void append_node_json(std::string& out, const NodeFields& node);
void append_edge_json(std::string& out, const EdgeFields& edge);
void append_group_json(std::string& out, const PropertyGraph& g, const Group& group);
void append_group_edge_json(std::string& out, const PropertyGraph& g, const GroupEdge& edge);
void append_indicator_json(std::string& out, const Indicator& indicator);

// CSV rows (io/csv.hpp), each ending in '\n'; the headers name the columns in the same order.
inline constexpr std::string_view kNodesCsvHeader =
    "id,name,name_en,type,parent,latitude_deg,longitude_deg,attributes,sources\n";
inline constexpr std::string_view kEdgesCsvHeader =
    "id,source,target,kind,directed,weight,year,evidence,attributes,sources\n";
void append_node_csv(std::string& out, const NodeFields& node);
void append_edge_csv(std::string& out, const EdgeFields& edge);

// Appends one CSV line cell by cell (RFC 4180 quoting, nested values as one-line JSON); the
// destructor ends the line.
class CsvLine {
 public:
  explicit CsvLine(std::string& out) : out_(out) {}
  ~CsvLine() { out_ += '\n'; }
  CsvLine(const CsvLine&) = delete;
  CsvLine& operator=(const CsvLine&) = delete;
  CsvLine& text(std::string_view value);
  CsvLine& number(double value);
  CsvLine& year(std::int32_t value);                   // empty for kNoYear
  CsvLine& json(const nlohmann::ordered_json& value);  // empty for an empty value
  CsvLine& sources(std::span<const SourceQuote> sources);

 private:
  void comma();
  std::string& out_;
  bool first_ = true;
};

}  // namespace innonet::io
