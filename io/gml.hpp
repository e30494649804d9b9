#pragma once
// GML (Graph Modelling Language, Himsolt 1997) as NetworkX writes and reads it:
//   graph [ directed 1 multigraph 1 node [ id 0 label "nanjing" name "&#21335;&#20140;" ... ]
//           edge [ source 0 target 1 id "e001" kind "branch" weight 1.0 ... ] ]
// A node's label is its innonet id; GML's integer ids only link edges to nodes. Strings are
// ASCII: anything outside printable ASCII, '"' and '&' is written as an HTML character reference
// (&#21335;), which NetworkX decodes. Keys are identifiers, so attributes whose keys are not (and
// booleans, which GML lacks) go under "attributes" as JSON text (io/exchange_record.hpp); in a
// mixed graph each edge carries "directed" 1 or 0.
// Read: integers, reals, strings (with &#N;, &#xH; and the five XML entities decoded), nested
// lists (kept as JSON objects; a repeated key becomes a list), comments (#). Refused with
// file:line:column: malformed tokens, unbalanced brackets, nesting deeper than 64 levels, nodes
// without id, duplicate ids, edges naming unknown ids. Groups, group edges, indicators and
// metadata are not kept.
#include <string>

#include "engine/property_graph.hpp"

namespace innonet::io {

PropertyGraph read_gml(const std::string& text, const std::string& file_name);
PropertyGraph read_gml_file(const std::string& path);

std::string write_gml(const PropertyGraph& graph);
void write_gml_file(const PropertyGraph& graph, const std::string& path);

}  // namespace innonet::io
