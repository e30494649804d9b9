#pragma once
// GEXF 1.3 (https://gexf.net), Gephi's format. Written: <attributes class="node"/"edge"> declaring
// every field of io/exchange_record.hpp with its type (string, long, double, boolean), nodes
// with id and label (the name), edges with id, source, target and weight; node coordinates also
// as <viz:position x=longitude y=latitude z=0> so Gephi draws the map. A mixed graph is
// written with defaultedgetype="directed" and a boolean "directed" attribute per edge (NetworkX
// refuses per-edge `type` that differs from the default).
// Read: GEXF 1.1, 1.2 and 1.3 (the namespace is not checked), attribute types integer/long/
// float/double/boolean/string (others read as text), attribute defaults, per-edge `type`
// (directed, undirected, mutual = undirected), `weight`, `label` (the name, unless a "name"
// attribute is given), `kind`. viz elements, spells, slices and <meta> are ignored; nested nodes
// (hierarchical GEXF), edges to unknown nodes, duplicate ids, undeclared attributes and values
// that do not parse as their type are refused with file:line:column, and so is any DOCTYPE.
// Groups, group edges, indicators and metadata are not kept.
#include <string>

#include "engine/property_graph.hpp"

namespace innonet::io {

PropertyGraph read_gexf(std::string text, const std::string& file_name);
PropertyGraph read_gexf_file(const std::string& path);

std::string write_gexf(const PropertyGraph& graph);
void write_gexf_file(const PropertyGraph& graph, const std::string& path);

}  // namespace innonet::io
