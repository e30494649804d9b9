#pragma once
// Roll-up: the quotient of a PropertyGraph at one level of its containment hierarchy, e.g. the
// city-to-city network behind thousands of enterprise, lab and park ties.
//
// The level is a node type ("city"). Every selected edge (kinds, evidence, years, removals and
// endpoint node types of the Selection, as project() reads them) is lifted to the
// ancestor-or-self of each endpoint whose type is the level. Lifted edges whose two endpoints
// land on the same level node are internal to it; the others are ties between level nodes.
// A selected node with no ancestor-or-self at the level is unplaced: it is reported, and so is
// every selected edge lost because an endpoint is unplaced - nothing is dropped silently.
// A removed level node (Selection::removed_nodes) places nothing: its descendants are unplaced.
//
// Direction: a directed edge keeps source -> target; an undirected edge (or every edge, under
// ProjectedDirection::undirected) is stored once with the lower NodeRef first and direction
// EdgeDirection::undirected. Weights follow the Selection's weighting (edge weight, 1, or a
// numeric attribute). Cost: O(n + m * hierarchy depth + t log t) for t ties.
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/projection.hpp"
#include "engine/property_graph.hpp"

namespace innonet {

struct LiftedEdge {
  EdgeRef edge{};
  NodeRef source{};  // level nodes; equal for an internal edge
  NodeRef target{};
  EdgeDirection direction = EdgeDirection::directed;  // undirected: source <= target
  double weight = 1.0;
};

struct UnplacedNode {
  NodeRef node{};
  std::int64_t edges_lost = 0;  // selected edges touching it
};

struct LevelLift {
  TypeId level{};
  std::vector<NodeRef> level_nodes;    // every node of the level type not removed, node order
  std::vector<LiftedEdge> edges;       // in edge order, internal ones included
  std::vector<UnplacedNode> unplaced;  // selected nodes without a level ancestor, node order
  std::int64_t edges_selected = 0;     // edges passing the selection
  std::int64_t edges_lost = 0;         // of those, edges with an unplaced endpoint (each once)
};

// Throws UsageError for a kind, evidence grade or node type in the selection that the graph does
// not have (naming the known ones), as project() does; for commands that filter edges with
// an EdgeFilter themselves.
void check_selection(const PropertyGraph& graph, const Selection& selection);

// Throws UsageError for an unknown level type, or an unknown kind, evidence grade or node type
// in the selection (naming the known ones).
LevelLift lift_to_level(const PropertyGraph& graph, const Selection& selection,
                        std::string_view level_type);

// One (source, target, kind, direction) of the quotient graph.
struct RollupTie {
  NodeRef source{};
  NodeRef target{};
  KindId kind{};
  EdgeDirection direction = EdgeDirection::directed;
  std::int64_t edge_count = 0;
  double weight_sum = 0.0;
};

// All kinds of one (source, target, direction) together.
struct RollupPair {
  NodeRef source{};
  NodeRef target{};
  EdgeDirection direction = EdgeDirection::directed;
  std::int64_t edge_count = 0;
  double weight_sum = 0.0;
};

struct RollupInternal {
  NodeRef level_node{};
  std::int64_t edge_count = 0;
  double weight_sum = 0.0;
};

struct Rollup {
  TypeId level{};
  std::vector<NodeRef> level_nodes;
  std::vector<RollupTie> ties;           // between distinct level nodes, sorted by key
  std::vector<RollupPair> pairs;         // sorted by (source, target, direction)
  std::vector<RollupInternal> internal;  // level nodes with internal edges, node order
  std::vector<UnplacedNode> unplaced;    // as in LevelLift
  std::int64_t edges_selected = 0;
  std::int64_t edges_between = 0;  // edges lifted to a tie
  std::int64_t edges_internal = 0;
  std::int64_t edges_lost = 0;  // edges_selected = between + internal + lost
};

Rollup rollup(const PropertyGraph& graph, const Selection& selection, std::string_view level_type);

}  // namespace innonet
