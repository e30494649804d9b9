#pragma once
// Node and edge comparison for the exchange-format tests: every field, vocabularies by name (a
// format may list types and kinds in another order); groups, indicators and metadata, which the
// exchange formats do not hold, are not compared. `text` (if given) is applied to the expected
// side's reserved texts (ids, names, types, kinds, evidence), for formats that change them.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/property_graph.hpp"

namespace innonet::testing {

using TextRule = std::function<std::string(std::string)>;

// Edges are matched by position, or by id when `by_id` (NetworkX writes edges grouped by source).
// Pajek (`directed_first`) writes the directed edges, then the undirected ones.
inline std::string node_edge_difference(const PropertyGraph& a, const PropertyGraph& b,
                                        const TextRule& text, bool by_id = false,
                                        bool directed_first = false) {
  std::vector<std::int32_t> order(static_cast<std::size_t>(a.num_edges()));
  std::int32_t next = 0;
  for (const auto pass : {EdgeDirection::directed, EdgeDirection::undirected})
    for (std::int32_t e = 0; e < a.num_edges(); ++e)
      if (!directed_first || a.edge(EdgeRef{e}).direction == pass)
        if (directed_first || pass == EdgeDirection::directed) order[e] = next++;
  auto t = [&](const std::string& s) { return text ? text(s) : s; };
  if (a.num_nodes() != b.num_nodes()) return "node count";
  if (a.num_edges() != b.num_edges()) return "edge count";
  for (std::int32_t v = 0; v < a.num_nodes(); ++v) {
    const auto &x = a.node(NodeRef{v}), &y = b.node(NodeRef{v});
    const std::string where = "node " + std::to_string(v) + " '" + x.id + "': ";
    if (t(x.id) != y.id) return where + "id '" + y.id + "'";
    if (t(x.name) != y.name || t(x.name_en) != y.name_en) return where + "name '" + y.name + "'";
    if (t(a.type_name(x.type)) != b.type_name(y.type)) return where + "type";
    if (x.parent.has_value() != y.parent.has_value() ||
        (x.parent && t(a.node(*x.parent).id) != b.node(*y.parent).id))
      return where + "parent";
    if (x.coordinates != y.coordinates) return where + "coordinates";
    if (x.attributes != y.attributes)
      return where + "attributes " + x.attributes.dump() + " vs " + y.attributes.dump();
    if (x.sources != y.sources) return where + "sources";
  }
  for (std::int32_t e = 0; e < a.num_edges(); ++e) {
    const auto& x = a.edge(EdgeRef{e});
    const auto match = by_id ? b.find_edge(x.id) : std::optional<EdgeRef>(EdgeRef{order[e]});
    const std::string where = "edge " + std::to_string(e) + " '" + x.id + "': ";
    if (!match) return where + "missing";
    const auto& y = b.edge(*match);
    if (t(x.id) != y.id || index(x.source) != index(y.source) || index(x.target) != index(y.target))
      return where + "id or ends";
    if (t(a.kind_name(x.kind)) != b.kind_name(y.kind)) return where + "kind";
    if (x.direction != y.direction) return where + "direction";
    if (x.weight != y.weight || x.year != y.year) return where + "weight or year";
    if (t(a.evidence_name(x.evidence)) != b.evidence_name(y.evidence)) return where + "evidence";
    if (x.attributes != y.attributes)
      return where + "attributes " + x.attributes.dump() + " vs " + y.attributes.dump();
    if (x.sources != y.sources) return where + "sources";
  }
  return "";
}

}  // namespace innonet::testing
