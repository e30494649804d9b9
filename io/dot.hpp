#pragma once
// Graphviz DOT, written only (a drawing format, not an exchange one):
//   digraph innonet {
//     "nanjing" [label="南京", type="city", ...];
//     "cas" -> "qilin_sci_city" [kind="branch", weight=1, ...];
//   }
// A graph with only undirected edges is a `graph` with `--`; a mixed graph is a `digraph` whose
// undirected edges carry dir=none. A node's label is its name (its id when it has none); every
// field of io/exchange_record.hpp is written as a DOT attribute (nested values as JSON text).
#include <string>

#include "engine/property_graph.hpp"

namespace innonet::io {

std::string write_dot(const PropertyGraph& graph);
void write_dot_file(const PropertyGraph& graph, const std::string& path);

}  // namespace innonet::io
