#include "algorithms/planner/corridor_capacity.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "algorithms/flow/flow_core.hpp"
#include "algorithms/flow/max_flow.hpp"
#include "algorithms/flow/resilience.hpp"
#include "algorithms/structure/k_core.hpp"

namespace innonet::planner {
namespace {

// The cut arcs as ties between nodes, each with the selected, flow-carrying property-graph edges
// merged into it (one pass over the edges: a hub can sit on thousands of cut arcs), and the ends
// that lie outside every member.
std::vector<BottleneckTie> bottleneck_ties(const PropertyGraph& graph, const CsrGraph& g,
                                           const std::vector<flow::CutArc>& cut,
                                           const std::vector<std::int32_t>& owner,
                                           const CorridorOptions& options) {
  std::vector<BottleneckTie> ties;
  std::map<std::pair<NodeRef, NodeRef>, std::size_t> at;
  for (const auto& arc : cut) {
    const NodeRef from = g.node_refs()[arc.from], to = g.node_refs()[arc.to];
    at[{std::min(from, to), std::max(from, to)}] = ties.size();
    ties.push_back({.from = from, .to = to, .capacity = arc.capacity});
  }
  const EdgeFilter carries(graph,
                           flow_selection(graph, options.selection, options.declaration_kinds));
  for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edges()[e];
    if (!carries.keeps(static_cast<EdgeRef>(e)) || edge.source == edge.target) continue;
    const auto it =
        at.find({std::min(edge.source, edge.target), std::max(edge.source, edge.target)});
    if (it != at.end()) ties[it->second].edges.push_back(static_cast<EdgeRef>(e));
  }
  for (auto& tie : ties)
    for (const NodeRef end : {tie.from, tie.to})
      if (owner[index(end)] < 0) tie.outside_members.push_back(end);
  return ties;
}

// The part of the network that can carry flow between the member sets (flow/flow_core.hpp: the
// dead ends peeled), compacted once for all the pairs' flows. O(n + m).
structure::Subgraph flow_core(const CsrGraph& g, const std::vector<std::vector<Vertex>>& sets) {
  std::vector<Vertex> members;
  for (const auto& set : sets) members.insert(members.end(), set.begin(), set.end());
  const auto keep = flow::flow_core_mask(g, members, {});
  std::vector<Vertex> kept;
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    if (keep[v]) kept.push_back(v);
  return structure::induced_subgraph(g, kept);
}

}  // namespace

Selection flow_selection(const PropertyGraph& graph, Selection selection,
                         const std::vector<std::string>& declaration_kinds) {
  if (selection.kinds.empty())
    for (const auto& kind : graph.kind_names()) selection.kinds.push_back(kind);
  std::erase_if(selection.kinds, [&](const std::string& kind) {
    return std::find(declaration_kinds.begin(), declaration_kinds.end(), kind) !=
           declaration_kinds.end();
  });
  if (selection.kinds.empty()) {  // only declarations selected: nothing can carry flow
    selection.removed_edges.clear();
    for (std::int32_t e = 0; e < graph.num_edges(); ++e)
      selection.removed_edges.push_back(static_cast<EdgeRef>(e));
  }
  return selection;
}

CsrGraph capacity_network(const PropertyGraph& graph, const CorridorOptions& options) {
  Selection selection = flow_selection(graph, options.selection, options.declaration_kinds);
  selection.direction = ProjectedDirection::undirected;
  selection.merge = MergeRule::sum;
  selection.self_loops = SelfLoops::drop;
  return project(graph, selection);
}

void add_capacity_and_fragility(const PropertyGraph& graph, const CsrGraph& network,
                                const std::vector<std::int32_t>& owner,
                                const CorridorOptions& options, CorridorBreakdown& out) {
  std::vector<std::vector<Vertex>> sets(out.members_used.size());
  for (Vertex v = 0; v < network.num_nodes(); ++v) {
    const auto m = owner[index(network.node_refs()[v])];
    if (m >= 0) sets[m].push_back(v);
  }
  // Everything below runs on the flow core; vertex i there is core.original[i] in `network`.
  const structure::Subgraph core = flow_core(network, sets);
  const CsrGraph& g = core.graph;
  {
    std::vector<Vertex> local(static_cast<std::size_t>(network.num_nodes()), kNoVertex);
    for (std::size_t i = 0; i < core.original.size(); ++i)
      local[core.original[i]] = static_cast<Vertex>(i);
    for (auto& set : sets)
      for (Vertex& v : set) v = local[v];
  }
  // Every pair's flow value and single points, one pair per thread; then, in pair order, the
  // weakest pair, whose flow runs once more for its cut and its disjoint paths.
  struct PairFlow {
    std::size_t a = 0, b = 0;
    double value = 0.0;
    std::vector<Vertex> points;
  };
  std::vector<PairFlow> pairs;
  for (std::size_t a = 0; a < sets.size(); ++a)
    for (std::size_t b = a + 1; b < sets.size(); ++b)
      if (!sets[a].empty() && !sets[b].empty()) pairs.push_back({.a = a, .b = b});
  std::vector<std::exception_ptr> failures(pairs.size());
#pragma omp parallel for schedule(dynamic, 1) if (pairs.size() > 1)
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    try {
      const auto& from = sets[pairs[i].a];
      const auto& to = sets[pairs[i].b];
      pairs[i].value = flow::max_flow(g, from, to, {.detail = flow::FlowDetail::value_only}).value;
      pairs[i].points = flow::single_vertex_separators(g, from, to);
    } catch (...) {
      failures[i] = std::current_exception();
    }
  }
  for (const auto& failure : failures)
    if (failure) std::rethrow_exception(failure);

  double weakest = std::numeric_limits<double>::infinity();
  std::optional<std::pair<std::size_t, std::size_t>> weakest_sets;
  std::set<Vertex> points;
  std::size_t next = 0;
  for (std::size_t a = 0; a < sets.size(); ++a)
    for (std::size_t b = a + 1; b < sets.size(); ++b) {
      const CorridorNote pair_note{.a = out.members_used[a], .b = out.members_used[b]};
      if (sets[a].empty() || sets[b].empty()) {
        out.notes.push_back(pair_note);
        out.notes.back().issue = CorridorIssue::member_without_nodes;
        weakest = 0.0;
        continue;
      }
      const PairFlow& pair = pairs[next++];
      if (pair.value == 0.0) out.notes.push_back(pair_note);  // pair_not_connected
      if (pair.value < weakest) {
        weakest = pair.value;
        weakest_sets = {a, b};
        out.weakest_pair = {out.members_used[a], out.members_used[b]};
      }
      points.insert(pair.points.begin(), pair.points.end());
    }
  std::vector<flow::CutArc> weakest_cut;
  if (weakest_sets) {
    weakest_cut = flow::max_flow(g, sets[weakest_sets->first], sets[weakest_sets->second]).cut;
    for (auto& arc : weakest_cut) {  // as arcs of `network`; the CSR index there is not kept
      arc.from = core.original[arc.from];
      arc.to = core.original[arc.to];
      arc.arc = -1;
    }
  }
  out.capacity = std::isfinite(weakest) ? weakest : 0.0;
  for (auto v : points) out.single_points.push_back(network.node_refs()[core.original[v]]);
  out.bottleneck = bottleneck_ties(graph, network, weakest_cut, owner, options);
  if (weakest_sets && weakest > 0.0)
    out.disjoint_paths =
        flow::node_disjoint_paths(g, sets[weakest_sets->first], sets[weakest_sets->second]);
}

}  // namespace innonet::planner
