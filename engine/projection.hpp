#pragma once
// Analysis projections: pick part of a PropertyGraph and turn it into the CsrGraph every kernel
// takes. The CsrGraph's node_refs() maps each vertex back to its node; vertices are the selected
// nodes in node order.
//
// Direction: with ProjectedDirection::as_stored the CSR is directed; a directed edge becomes one
// arc and an undirected edge (EdgeDirection::undirected, e.g. a co-built partner park) becomes
// two arcs. With ProjectedDirection::undirected every edge is symmetric.
// Weights: the edge weight, 1 per edge (Weighting::unit, an unweighted CSR), or a numeric
// attribute (Weighting::attribute; a dated value {"value": x, ...} counts as x; edges without
// the attribute get `missing_attribute_weight`). Parallel edges merge by `merge`.
// Cost: O(n + m) plus the CSR build.
#include <optional>
#include <string>
#include <vector>

#include "engine/csr_build.hpp"
#include "engine/csr_graph.hpp"
#include "engine/property_graph.hpp"

namespace innonet {

enum class ProjectedDirection { as_stored, undirected };
enum class Weighting { weight, unit, attribute };
enum class YearlessEdges { include, exclude };  // edges without a year, under a year filter

struct Selection {
  std::vector<std::string> kinds;         // edge kinds to keep; empty = all
  std::vector<std::string> evidence;      // evidence grades to keep; empty = all
  std::vector<std::string> node_types;    // node types that become vertices; empty = all
  std::optional<std::int32_t> year_from;  // inclusive
  std::optional<std::int32_t> year_to;    // inclusive
  YearlessEdges yearless = YearlessEdges::include;
  ProjectedDirection direction = ProjectedDirection::as_stored;
  MergeRule merge = MergeRule::sum;
  Weighting weighting = Weighting::weight;
  std::string weight_attribute;           // for Weighting::attribute
  double missing_attribute_weight = 0.0;  // weight of edges lacking that attribute
  SelfLoops self_loops = SelfLoops::keep;
  std::vector<NodeRef> removed_nodes;  // what-if: these nodes and their edges are left out
  std::vector<EdgeRef> removed_edges;  // what-if: these edges are left out
};

// Whether an edge passes a selection's kind, evidence, year and removal filters (node types and
// removed nodes are checked separately, on the endpoints). Built once per selection in
// O(kinds + evidence grades + m); each keeps() is then O(1). Names the graph does not know match
// no edge here (unlike project(), which refuses them); removed edges outside the graph are
// ignored. Copies what it needs from the selection; the graph must outlive the filter.
class EdgeFilter {
 public:
  EdgeFilter(const PropertyGraph& graph, const Selection& selection);
  bool keeps(EdgeRef edge) const;

 private:
  const PropertyGraph* graph_;
  std::vector<bool> kind_, evidence_, removed_edge_;
  std::optional<std::int32_t> year_from_, year_to_;
  YearlessEdges yearless_;
};

// Throws UsageError for a kind, evidence grade or node type the graph does not have (naming the
// known ones), so a typo never yields a silently empty graph.
CsrGraph project(const PropertyGraph& graph, const Selection& selection = {});

// The vertex of `node` in a projection, or kNoVertex when the node was not selected.
Vertex vertex_of(const CsrGraph& projection, NodeRef node);

}  // namespace innonet
