#pragma once
// GraphML (http://graphml.graphdrawing.org/), as NetworkX, Gephi, yEd and Cytoscape read it.
// Written: a typed <key> (attr.name, attr.type string/long/double/boolean) for every node and
// edge field of io/exchange_record.hpp, then <graph edgedefault=...> with <node id> and
// <edge id source target>. A mixed graph (directed and undirected edges) is written with
// edgedefault="directed" and a boolean "directed" key on every edge, because NetworkX refuses
// the per-edge XML attribute `directed` in a graph whose default differs.
// Read: <key> types string/int/long/float/double/boolean (any other type reads as text), key
// <default>s, per-edge XML `directed` as well as the "directed" key, the <data> of nodes and
// edges; graph-level <data> and <desc> are ignored, and so are elements GraphML does not define
// (yEd's graphics live inside <data> and are read as text). Refused, with file:line:column: a
// DOCTYPE (io/xml_document.hpp), nested graphs, hyperedges, ports, more than one <graph>,
// duplicate ids (nodes, edges or keys), edges to unknown nodes, <data> with an undeclared key,
// values that do not parse as their key's type.
// Groups, group edges, indicators and metadata are not kept.
#include <string>
#include <string_view>

#include "engine/property_graph.hpp"

namespace innonet::io {

PropertyGraph read_graphml(std::string text, const std::string& file_name);
PropertyGraph read_graphml_file(const std::string& path);

std::string write_graphml(const PropertyGraph& graph);
void write_graphml_file(const PropertyGraph& graph, const std::string& path);

}  // namespace innonet::io
