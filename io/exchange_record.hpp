#pragma once
// Nodes and edges as flat key -> value records: the shape GraphML, GEXF, GML, Pajek and NetworkX
// node-link JSON hold. One convention for all of them (docs/format.md, "Exchange formats"):
//   node keys  name, name_en, type, parent (the parent's id), latitude, longitude, sources
//   edge keys  id, kind, weight, year, evidence, directed (only in a mixed graph), sources
//   then the record's attributes, in order: each one whose key the format can name and whose
//   value is a scalar of the type the key has in every other record gets a key of its own, until
//   the first one that cannot; that one and every one after it go, as one JSON object, under
//   the key "attributes". So reading a record back gives the attributes in the same order.
//   sources are [{"document", "quote"}] and "attributes" is an object: JSON text, or JSON itself
//   where the format is JSON (node-link).
// Reading reverses this, and a key it does not know becomes an attribute, so files from other
// tools (NetworkX, Gephi, yEd) keep their data. Reserved keys also read from text ("2020",
// "true", "0.5"), so formats that hold only strings (Pajek) need no typing of their own.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "engine/property_graph.hpp"
#include "engine/property_graph_builder.hpp"

namespace innonet::io::exchange {

// A value type an exchange format declares for a key.
enum class ValueType { boolean, integer, real, string };

struct Rules {
  bool identifier_keys = false;  // keys must match [A-Za-z][A-Za-z0-9_]* (GML)
  bool strings_only = false;     // only string attributes get keys of their own (Pajek)
  bool json_values = false;      // sources and "attributes" stay JSON, nested values too
  bool booleans = true;          // false: boolean attributes go under "attributes" (GML)
  bool line_breaks = true;       // false: strings with line breaks go under "attributes" (Pajek)
  bool nul = true;  // false: keys and strings holding U+0000 go under "attributes" (XML has none)
};

struct Key {
  std::string name;
  ValueType type = ValueType::string;
};

// The keys a graph's records may use, with their types, reserved keys first; `mixed` is true
// when the graph has both directed and undirected edges (then edges carry "directed").
struct Schema {
  std::vector<Key> node_keys;
  std::vector<Key> edge_keys;
  bool mixed = false;
  bool directed = true;  // every edge directed (or mixed)
  Rules rules;
};

Schema make_schema(const PropertyGraph& graph, const Rules& rules);

// The record of a node or an edge: an ordered object, absent fields left out.
Attributes node_record(const PropertyGraph& graph, const Node& node, const Schema& schema);
Attributes edge_record(const PropertyGraph& graph, const Edge& edge, const Schema& schema);

// Where a record was read, for messages.
struct Where {
  std::string file;
  std::int64_t line = 0;
  std::int64_t column = 0;
  std::string text() const;  // "file:line:column"
};

// Refused with a ParseError at `where`: any key or string in the record (nested ones too) that is
// not valid UTF-8 (XML, GML and Pajek text is not checked on the way in), any number that is not
// finite ("nan" in a GraphML double), and values of the wrong kind for a reserved key.
NodeSpec node_spec(std::string id, const Attributes& record, const Where& where);
EdgeSpec edge_spec(std::string source, std::string target, const Attributes& record,
                   EdgeDirection default_direction, const Where& where);
// `value` as JSON text for messages: bytes that are not UTF-8 are shown as U+FFFD instead of
// making nlohmann::json throw.
std::string shown(const Attributes& value);

// The type of a scalar JSON value (string for anything else).
ValueType value_type(const Attributes& value);
// The shortest text that reads back to the same double ("1.5", "1e-05", "3").
std::string number_text(double value);
// A file's whole contents; Error naming the path when it cannot be read.
std::string read_text_file(const std::string& path);

}  // namespace innonet::io::exchange
