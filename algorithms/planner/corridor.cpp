#include "algorithms/planner/corridor.hpp"

#include <algorithm>
#include <set>

#include "algorithms/planner/corridor_capacity.hpp"
#include "engine/error.hpp"

namespace innonet::planner {
namespace {

Corridor from_group(const Group& group) {
  return {.id = group.id,
          .name = group.name,
          .members = group.members,
          .members_implied = group.members_implied,
          .declared = true};
}

bool names_group(const Group& group, const std::string& name) {
  if (group.id == name || group.name == name || group.name_en == name) return true;
  const auto aliases = group.attributes.find("aliases_zh");
  if (aliases == group.attributes.end() || !aliases->is_array()) return false;
  return std::any_of(aliases->begin(), aliases->end(),
                     [&](const auto& alias) { return alias.is_string() && alias == name; });
}

}  // namespace

std::vector<Corridor> declared_corridors(const PropertyGraph& graph) {
  std::vector<Corridor> corridors;
  for (const auto& group : graph.groups())
    if (group.kind == GroupKind::corridor) corridors.push_back(from_group(group));
  return corridors;
}

Corridor find_corridor(const PropertyGraph& graph, const std::string& name) {
  for (const auto& group : graph.groups())
    if (group.kind == GroupKind::corridor && names_group(group, name)) return from_group(group);
  // A short form: the start of exactly one corridor's name or English name ("宁淮", "G312").
  std::vector<const Group*> starts;
  for (const auto& group : graph.groups())
    if (group.kind == GroupKind::corridor && !name.empty() &&
        (group.name.starts_with(name) || group.name_en.starts_with(name)))
      starts.push_back(&group);
  if (starts.size() == 1) return from_group(*starts.front());
  if (starts.size() > 1) {
    std::string list;
    for (const auto* group : starts)
      list += (list.empty() ? "" : ", ") + group->id + " (" + group->name + ")";
    throw UsageError("'" + name + "' starts the names of " + std::to_string(starts.size()) +
                     " corridors: " + list + "; give the id");
  }
  std::string known;
  for (const auto& group : graph.groups())
    if (group.kind == GroupKind::corridor) known += (known.empty() ? "" : ", ") + group.id;
  throw UsageError("unknown corridor '" + name + "' (known: " + (known.empty() ? "none" : known) +
                   "; or propose one with --corridor ID,ID)");
}

Corridor proposed_corridor(const PropertyGraph& graph, const std::vector<std::string>& member_ids) {
  Corridor corridor{.declared = false};
  for (const auto& id : member_ids) {
    const auto node = graph.find_node(id);
    if (!node) throw UsageError("--corridor: unknown node id '" + id + "'");
    if (std::find(corridor.members.begin(), corridor.members.end(), *node) ==
        corridor.members.end())
      corridor.members.push_back(*node);
    corridor.id += (corridor.id.empty() ? "" : "+") + id;
    corridor.name += (corridor.name.empty() ? "" : "–") + graph.node(*node).name;
  }
  if (corridor.members.size() < 2)
    throw UsageError("--corridor needs at least two distinct member ids");
  return corridor;
}

std::vector<std::int32_t> member_of_nodes(const PropertyGraph& graph,
                                          const std::vector<NodeRef>& members) {
  std::vector<std::int32_t> member_index(static_cast<std::size_t>(graph.num_nodes()), -1);
  for (std::size_t m = 0; m < members.size(); ++m) member_index[index(members[m])] = m;
  std::vector<std::int32_t> owner(member_index.size(), -1);
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v)
    // The first member met walking up is the deepest one containing v.
    for (std::optional<NodeRef> at = static_cast<NodeRef>(v); at; at = graph.node(*at).parent)
      if (member_index[index(*at)] >= 0) {
        owner[v] = member_index[index(*at)];
        break;
      }
  return owner;
}

CorridorBreakdown analyse_corridor(const PropertyGraph& graph, const Corridor& corridor,
                                   const CorridorOptions& options) {
  return analyse_corridor(graph, capacity_network(graph, options), corridor, options);
}

CorridorBreakdown analyse_corridor(const PropertyGraph& graph, const CsrGraph& network,
                                   const Corridor& corridor, const CorridorOptions& options) {
  CorridorBreakdown out{.corridor = corridor, .members_used = corridor.members};
  if (options.implied == ImpliedMembers::include)
    for (auto m : corridor.members_implied)
      if (std::find(out.members_used.begin(), out.members_used.end(), m) == out.members_used.end())
        out.members_used.push_back(m);
  const auto owner = member_of_nodes(graph, out.members_used);

  std::set<std::string> kinds;
  const EdgeFilter edge_filter(graph, options.selection);
  for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
    const auto ref = static_cast<EdgeRef>(e);
    const Edge& edge = graph.edge(ref);
    const auto a = owner[index(edge.source)], b = owner[index(edge.target)];
    if (a < 0 || b < 0 || a == b || !edge_filter.keeps(ref)) continue;
    const auto& kind = graph.kind_name(edge.kind);
    if (std::find(options.declaration_kinds.begin(), options.declaration_kinds.end(), kind) !=
        options.declaration_kinds.end()) {
      ++out.declared_links;
      continue;
    }
    ++out.ties;
    ++out.ties_by_kind[graph.kind_name(edge.kind)];
    ++out.ties_by_evidence[graph.evidence_name(edge.evidence)];
    kinds.insert(graph.kind_name(edge.kind));
    out.tie_edges.push_back(ref);
    if (edge.year == kNoYear)
      ++out.undated_ties;
    else
      ++out.ties_by_year[edge.year];
  }
  out.multiplexity = static_cast<int>(kinds.size());
  if (out.members_used.size() < 2) {
    out.notes.push_back({.issue = CorridorIssue::fewer_than_two_members});
    return out;
  }
  add_capacity_and_fragility(graph, network, owner, options, out);
  return out;
}

}  // namespace innonet::planner
