#pragma once
// Node sets typed on the command line (flow --from/--to, whatif, the planner): a comma-separated
// union of terms, resolved against a PropertyGraph, then mapped to the vertices of a projection.
//   ID               the node with this id                      e.g. nanjing, jitri
//   @ID              ID and every node inside it (descendants)  e.g. @nantong
//   type:T           every node of type T                       e.g. type:university
//   type:T@ID        the nodes of type T inside ID (ID too, if it is a T)   type:university@nanjing
//   GROUP            the members of a corridor or region         e.g. g312_ningzhen
// Node ids win over group ids. Order: first appearance; repeats are dropped.
// Errors are std::invalid_argument naming the option: "--from: unknown node id 'x'; did you
// mean 'y'?", "--from: type 'lab' has no node inside 'nantong'", "--to: selects no vertex ...".
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/csr_graph.hpp"
#include "engine/projection.hpp"
#include "engine/property_graph.hpp"

namespace innonet::cli {

// The nodes a set expression names. `option` ("--from") prefixes every error message.
std::vector<NodeRef> parse_node_set(const PropertyGraph& graph, std::string_view text,
                                    std::string_view option);

// How a node maps to a vertex when the projection does not hold it.
enum class MissingNodes {
  skip,          // node-level projections: nodes filtered out by type are simply not in the set
  use_ancestor,  // roll-ups (--level): the nearest ancestor that is a vertex stands for it
};

// The vertices of `projection` (node_refs() maps them back) that stand for `nodes`, ascending,
// without repeats. Throws std::invalid_argument "<option>: selects no vertex of the projection"
// when nothing is left.
std::vector<Vertex> to_vertices(const PropertyGraph& graph, const CsrGraph& projection,
                                std::span<const NodeRef> nodes, MissingNodes missing,
                                std::string_view option);

// The projection a flow/path/what-if command analyses: project(graph, selection), or with a
// non-empty `level` (e.g. "city") the roll-up project_at_level(graph, selection, level).
CsrGraph project_for(const PropertyGraph& graph, const Selection& selection,
                     const std::string& level);

// Vertices of a set expression in that projection (nodes map to their level ancestor when
// `level` is set). Shorthand for parse_node_set + to_vertices.
std::vector<Vertex> vertex_set(const PropertyGraph& graph, const CsrGraph& projection,
                               std::string_view text, const std::string& level,
                               std::string_view option);

// "name (id)" of a projection vertex.
std::string vertex_label(const PropertyGraph& graph, const CsrGraph& projection, Vertex v);

}  // namespace innonet::cli
