#pragma once
// Corridors as first-class objects, and the explained breakdown of how real a corridor is.
//
// A corridor is a set of member nodes (usually cities; the 紫东 corridor lists parks). A member's
// "subtree" is the member and everything the containment hierarchy puts under it; a node under
// two members (a member inside another) belongs to the deepest one. All figures below are about
// ties between the subtrees of *different* members:
//   ties            edges (after the Selection's kind / evidence / year filters) with endpoints
//                   in two different members' subtrees, counted by kind and by evidence;
//   multiplexity    how many distinct edge kinds those ties use;
//   capacity        for every pair of members, the maximum flow between their subtrees over the
//                   whole undirected network (capacity of a tie = its weight, parallel ties add
//                   up); the corridor's capacity is the smallest pair value (its weakest link),
//                   with that pair's minimum cut as the bottleneck ties;
//   disjoint paths  for the weakest pair by this measure, how many paths share no intermediate
//                   node (Menger: max-flow with unit node capacities), and the organisations
//                   every path runs through (single points of failure);
//   gravity         observed share of all inter-place ties vs the share a gravity model expects
//                   (see corridor_gravity.hpp); filled in by score_corridors;
//   by year         ties per year, and the undated count.
// Cost: O(P (n + m)) max-flow work for P member pairs, plus one BFS per node on a shortest path
// for the single points of failure.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/projection.hpp"
#include "engine/property_graph.hpp"

namespace innonet::planner {

enum class ImpliedMembers { exclude, include };

struct Corridor {
  std::string id;
  std::string name;
  std::vector<NodeRef> members;
  std::vector<NodeRef> members_implied;  // kept apart; used only with ImpliedMembers::include
  bool declared = true;                  // false for a corridor the user proposed
};

// The dataset's corridors (groups of kind corridor), in file order.
std::vector<Corridor> declared_corridors(const PropertyGraph& graph);
// A corridor the user names by member ids ("nanjing,xuancheng"); throws UsageError for an unknown
// id or fewer than two members.
Corridor proposed_corridor(const PropertyGraph& graph, const std::vector<std::string>& member_ids);
// A declared corridor by id, English or Chinese name, or alias; throws UsageError if none.
Corridor find_corridor(const PropertyGraph& graph, const std::string& name);

// One tie of a minimum cut: the selected, flow-carrying edges between two nodes (their weights
// add up to its capacity). The flow crosses it from `from` (the side of the weakest pair's first
// member) to `to`; each edge keeps its own stored direction, which may be the other way.
struct BottleneckTie {
  NodeRef from{};
  NodeRef to{};
  double capacity = 0.0;
  std::vector<EdgeRef> edges;  // the property-graph edges merged into this tie
  // Ends that lie in no member's subtree: the route runs through a third place there.
  std::vector<NodeRef> outside_members;
};

// Why a figure of a breakdown is weak or missing (words are the front end's).
enum class CorridorIssue {
  fewer_than_two_members,  // no pair to connect
  member_without_nodes,    // a member of the pair has no node in the selection
  pair_not_connected,      // no route at all between the pair's subtrees
};
struct CorridorNote {
  CorridorIssue issue = CorridorIssue::pair_not_connected;
  NodeRef a{}, b{};  // the member pair (unused for fewer_than_two_members)
};

struct CorridorBreakdown {
  Corridor corridor;
  std::vector<NodeRef> members_used;
  std::int64_t ties = 0;
  std::int64_t declared_links = 0;  // edges of a declaration kind between members
  std::map<std::string, std::int64_t> ties_by_kind;
  std::map<std::string, std::int64_t> ties_by_evidence;
  std::vector<EdgeRef> tie_edges;
  int multiplexity = 0;
  double capacity = 0.0;  // weakest member pair's max-flow
  std::optional<std::pair<NodeRef, NodeRef>> weakest_pair;
  std::vector<BottleneckTie> bottleneck;  // that pair's minimum cut
  std::int64_t disjoint_paths = 0;        // node-disjoint paths for the weakest pair
  std::vector<NodeRef> single_points;     // nodes on every path of some member pair
  std::map<std::int32_t, std::int64_t> ties_by_year;
  std::int64_t undated_ties = 0;
  std::vector<CorridorNote> notes;  // e.g. members whose subtrees are not connected at all
};

struct CorridorOptions {
  Selection selection;  // which ties count (kinds, evidence, years)
  ImpliedMembers implied = ImpliedMembers::exclude;
  // Edge kinds that declare the corridor rather than tie organisations together (a
  // corridor_link says "these cities are on the corridor"): counted apart as declared links,
  // never as ties, capacity or paths, so a corridor that exists only on paper scores as such.
  std::vector<std::string> declaration_kinds = {"corridor_link"};
};

CorridorBreakdown analyse_corridor(const PropertyGraph& graph, const Corridor& corridor,
                                   const CorridorOptions& options = {});
// Same, on a capacity network already built by capacity_network(graph, options) (see
// corridor_capacity.hpp), so that many corridors share one.
CorridorBreakdown analyse_corridor(const PropertyGraph& graph, const CsrGraph& capacity_network,
                                   const Corridor& corridor, const CorridorOptions& options);

// member index (into `members`) of every node, or -1: the deepest member containing it.
std::vector<std::int32_t> member_of_nodes(const PropertyGraph& graph,
                                          const std::vector<NodeRef>& members);

}  // namespace innonet::planner
