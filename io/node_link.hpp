#pragma once
// NetworkX node-link JSON (networkx.node_link_data / node_link_graph, NetworkX 2.x names):
//   {"directed": true, "multigraph": true, "graph": {},
//    "nodes": [{"id": "nanjing", "name": "南京", "type": "city", ...}],
//    "links": [{"source": "cas", "target": "qilin_sci_city", "id": "e001", "kind": ..., ...}]}
// Chosen by the extension .nx.json (before .json, the native format). Fields follow
// io/exchange_record.hpp with JSON values kept as JSON: attributes may nest, "sources" is a
// list and "attributes" an object. A mixed graph is "directed": true with "directed": false on
// each undirected link. Read: node ids and link ends may be strings or numbers (numbers become
// their text); a link's "key" (multigraph edge key) is ignored; "graph" is ignored. The JSON is
// read as native files are (io/json_cursor.hpp). Refused: malformed JSON, duplicate keys in an
// object and nesting deeper than 256 levels (file:line:column), missing "nodes"/"links", a
// "directed" that is not true or false, nodes without "id", duplicate ids, links to unknown
// nodes. Groups, group edges, indicators and metadata are not kept.
#include <string>

#include "engine/property_graph.hpp"

namespace innonet::io {

PropertyGraph read_node_link(const std::string& text, const std::string& file_name);
PropertyGraph read_node_link_file(const std::string& path);

std::string write_node_link(const PropertyGraph& graph);
void write_node_link_file(const PropertyGraph& graph, const std::string& path);

}  // namespace innonet::io
