#pragma once
// Pajek .net, as Pajek and NetworkX read it:
//   *vertices 289
//   1 "nanjing" 0.0 0.0 ellipse "name" "南京" "type" "city" ...
//   *arcs                      (directed edges)
//   1 2 1 "id" "e001" "kind" "branch" "evidence" "stated"
//   *edges                     (undirected edges; a mixed graph has both sections)
// A vertex's label is its innonet id; x, y and shape are written as NetworkX does (0.0 0.0
// ellipse) and ignored on reading. Every further value is a "key" "value" pair of strings
// (NetworkX keeps only these), so numbers read back from their text and attributes that are
// not non-blank one-line strings go under "attributes" as JSON text (io/exchange_record.hpp).
// Strings are double-quoted with \" and \\ escaped (shlex rules, which NetworkX uses).
// Line breaks in names, types, kinds and other reserved texts cannot be held: they are written
// as spaces (`convert` says so). NetworkX reads a mixed file as undirected (its *edges section
// turns the whole graph undirected), so write only directed or only undirected graphs for it.
// Read: *network, *vertices N, *arcs, *edges, *arcslist/*edgeslist refused; lines starting with
// % are comments. Refused with file:line:column: bad vertex numbers, duplicate numbers or
// labels, edges naming unknown vertices, unclosed quotes, an odd key/value list.
// Groups, group edges, indicators and metadata are not kept.
#include <string>

#include "engine/property_graph.hpp"

namespace innonet::io {

PropertyGraph read_pajek(const std::string& text, const std::string& file_name);
PropertyGraph read_pajek_file(const std::string& path);

std::string write_pajek(const PropertyGraph& graph);
void write_pajek_file(const PropertyGraph& graph, const std::string& path);

}  // namespace innonet::io
