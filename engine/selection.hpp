#pragma once
// A Selection (engine/projection.hpp) checked against one graph and compiled for it: the one
// reading of a selection that project() and the roll-up (engine/rollup.hpp) share. The
// constructor throws UsageError for a kind, evidence grade or node type the graph does not have
// (naming the known ones, so a typo never yields a silently empty graph) and for attribute
// weighting without an attribute name (check_selection, rollup.hpp, is that check alone); then
// node and edge tests are O(1) and weight() applies the weighting rule. O(n + m) to build; the
// graph must outlive it.
#include <vector>

#include "engine/projection.hpp"
#include "engine/property_graph.hpp"

namespace innonet {

class CompiledSelection {
 public:
  CompiledSelection(const PropertyGraph& graph, const Selection& selection);
  // Its type is selected and it is not among Selection::removed_nodes.
  bool keeps_node(NodeRef node) const;
  bool is_removed(NodeRef node) const { return removed_node_[index(node)]; }
  bool keeps_edge(EdgeRef edge) const { return edges_.keeps(edge); }
  // The edge's weight under the weighting: its weight, 1, or the attribute (a dated value
  // {"value": x, ...} counts as x; missing: missing_attribute_weight; UsageError when the
  // attribute is not a number).
  double weight(const Edge& edge) const;
  const Selection& selection() const { return selection_; }

 private:
  const PropertyGraph* graph_;
  Selection selection_;
  std::vector<bool> type_, removed_node_;
  EdgeFilter edges_;
};

}  // namespace innonet
