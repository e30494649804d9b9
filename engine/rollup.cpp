#include "engine/rollup.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "engine/error.hpp"
#include "engine/selection.hpp"

namespace innonet {
namespace {

template <class Find>
void check_names(const std::vector<std::string>& names, std::span<const std::string> known,
                 Find find, const char* what) {
  for (const auto& name : names) {
    if (find(name)) continue;
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    throw UsageError("unknown " + std::string(what) + " '" + name +
                     "' (this graph has: " + (list.empty() ? "none" : list) + ")");
  }
}

// Per node: selected (type passes, not removed), and its level node if it has one.
struct Placement {
  std::vector<bool> selected;
  std::vector<std::optional<NodeRef>> level_node;
};

Placement place_nodes(const PropertyGraph& graph, const CompiledSelection& selection,
                      TypeId level) {
  const auto n = static_cast<std::size_t>(graph.num_nodes());
  Placement p{std::vector<bool>(n, false), std::vector<std::optional<NodeRef>>(n)};
  for (std::size_t v = 0; v < n; ++v) {
    const auto ref = static_cast<NodeRef>(v);
    p.selected[v] = selection.keeps_node(ref);
    const auto at = graph.ancestor_of_type(ref, level);
    if (at && !selection.is_removed(*at)) p.level_node[v] = at;
  }
  return p;
}

}  // namespace

LevelLift lift_to_level(const PropertyGraph& graph, const Selection& selection,
                        std::string_view level_type) {
  const CompiledSelection compiled(graph, selection);
  check_names(
      {std::string(level_type)}, graph.type_names(),
      [&](const auto& n) { return graph.find_type(n); }, "level (node type)");
  LevelLift lift;
  lift.level = *graph.find_type(level_type);
  const Placement place = place_nodes(graph, compiled, lift.level);
  std::vector<std::int64_t> lost(static_cast<std::size_t>(graph.num_nodes()), 0);
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v)
    if (graph.nodes()[v].type == lift.level && place.level_node[v])
      lift.level_nodes.push_back(static_cast<NodeRef>(v));

  const bool all_undirected = selection.direction == ProjectedDirection::undirected;
  for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
    const auto ref = static_cast<EdgeRef>(e);
    const Edge& edge = graph.edge(ref);
    const auto s = index(edge.source), t = index(edge.target);
    if (!place.selected[s] || !place.selected[t] || !compiled.keeps_edge(ref)) continue;
    ++lift.edges_selected;
    if (!place.level_node[s] || !place.level_node[t]) {
      ++lift.edges_lost;
      if (!place.level_node[s]) ++lost[s];
      if (!place.level_node[t] && t != s) ++lost[t];
      continue;
    }
    LiftedEdge lifted{ref, *place.level_node[s], *place.level_node[t], edge.direction,
                      compiled.weight(edge)};
    if (all_undirected) lifted.direction = EdgeDirection::undirected;
    if (lifted.direction == EdgeDirection::undirected && lifted.target < lifted.source)
      std::swap(lifted.source, lifted.target);
    lift.edges.push_back(lifted);
  }
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v)
    if (place.selected[v] && !place.level_node[v])
      lift.unplaced.push_back({static_cast<NodeRef>(v), lost[v]});
  return lift;
}

Rollup rollup(const PropertyGraph& graph, const Selection& selection, std::string_view level_type) {
  LevelLift lift = lift_to_level(graph, selection, level_type);
  Rollup r;
  r.level = lift.level;
  r.level_nodes = std::move(lift.level_nodes);
  r.unplaced = std::move(lift.unplaced);
  r.edges_selected = lift.edges_selected;
  r.edges_lost = lift.edges_lost;

  using TieKey = std::tuple<NodeRef, NodeRef, KindId, EdgeDirection>;
  using PairKey = std::tuple<NodeRef, NodeRef, EdgeDirection>;
  std::map<TieKey, RollupTie> ties;
  std::map<PairKey, RollupPair> pairs;
  std::map<NodeRef, RollupInternal> internal;
  for (const LiftedEdge& e : lift.edges) {
    if (e.source == e.target) {
      auto& in = internal.try_emplace(e.source, RollupInternal{e.source}).first->second;
      ++in.edge_count;
      in.weight_sum += e.weight;
      ++r.edges_internal;
      continue;
    }
    const KindId kind = graph.edge(e.edge).kind;
    auto& tie = ties.try_emplace({e.source, e.target, kind, e.direction},
                                 RollupTie{e.source, e.target, kind, e.direction})
                    .first->second;
    ++tie.edge_count;
    tie.weight_sum += e.weight;
    auto& pair = pairs
                     .try_emplace({e.source, e.target, e.direction},
                                  RollupPair{e.source, e.target, e.direction})
                     .first->second;
    ++pair.edge_count;
    pair.weight_sum += e.weight;
    ++r.edges_between;
  }
  for (auto& [key, tie] : ties) r.ties.push_back(tie);
  for (auto& [key, pair] : pairs) r.pairs.push_back(pair);
  for (auto& [key, in] : internal) r.internal.push_back(in);
  return r;
}

}  // namespace innonet
