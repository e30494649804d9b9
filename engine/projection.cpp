#include "engine/projection.hpp"

#include <algorithm>
#include <string>

#include "engine/error.hpp"

namespace innonet {
namespace {

// Names -> ids, refusing names the graph does not know (a typo must not empty the projection).
template <class Id, class Find>
std::vector<bool> wanted(const std::vector<std::string>& names, std::span<const std::string> known,
                         Find find, const char* what) {
  std::vector<bool> keep(known.size(), names.empty());
  for (const auto& name : names) {
    const auto id = find(name);
    if (!id) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      throw UsageError("unknown " + std::string(what) + " '" + name +
                       "' (this graph has: " + (list.empty() ? "none" : list) + ")");
    }
    keep[index(*id)] = true;
  }
  return keep;
}

double attribute_weight(const Edge& edge, const Selection& selection) {
  const auto it = edge.attributes.find(selection.weight_attribute);
  if (it == edge.attributes.end()) return selection.missing_attribute_weight;
  if (it->is_number()) return it->get<double>();
  if (it->is_object() && it->contains("value") && (*it)["value"].is_number())
    return (*it)["value"].get<double>();
  throw UsageError("edge '" + edge.id + "': attribute '" + selection.weight_attribute +
                   "' is not a number");
}

struct Filters {
  std::vector<bool> kind, evidence, type, removed_node, removed_edge;
};

Filters make_filters(const PropertyGraph& graph, const Selection& selection) {
  Filters f;
  f.kind = wanted<KindId>(
      selection.kinds, graph.kind_names(), [&](const std::string& n) { return graph.find_kind(n); },
      "edge kind");
  f.evidence = wanted<EvidenceId>(
      selection.evidence, graph.evidence_names(),
      [&](const std::string& n) { return graph.find_evidence(n); }, "evidence grade");
  f.type = wanted<TypeId>(
      selection.node_types, graph.type_names(),
      [&](const std::string& n) { return graph.find_type(n); }, "node type");
  f.removed_node.assign(static_cast<std::size_t>(graph.num_nodes()), false);
  for (auto node : selection.removed_nodes) f.removed_node[index(node)] = true;
  f.removed_edge.assign(static_cast<std::size_t>(graph.num_edges()), false);
  for (auto edge : selection.removed_edges) f.removed_edge[index(edge)] = true;
  return f;
}

bool year_selected(std::int32_t year, const Selection& selection) {
  if (!selection.year_from && !selection.year_to) return true;
  if (year == kNoYear) return selection.yearless == YearlessEdges::include;
  return (!selection.year_from || year >= *selection.year_from) &&
         (!selection.year_to || year <= *selection.year_to);
}

}  // namespace

bool edge_selected(const PropertyGraph& graph, EdgeRef edge, const Selection& selection) {
  const Edge& e = graph.edge(edge);
  auto listed = [](const std::vector<std::string>& names, const std::string& name) {
    return names.empty() || std::find(names.begin(), names.end(), name) != names.end();
  };
  return listed(selection.kinds, graph.kind_name(e.kind)) &&
         listed(selection.evidence, graph.evidence_name(e.evidence)) &&
         year_selected(e.year, selection) &&
         std::find(selection.removed_edges.begin(), selection.removed_edges.end(), edge) ==
             selection.removed_edges.end();
}

CsrGraph project(const PropertyGraph& graph, const Selection& selection) {
  if (selection.weighting == Weighting::attribute && selection.weight_attribute.empty())
    throw UsageError("weighting by attribute needs an attribute name");
  const Filters f = make_filters(graph, selection);
  std::vector<Vertex> vertex(static_cast<std::size_t>(graph.num_nodes()), kNoVertex);
  std::vector<NodeRef> refs;
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v)
    if (f.type[index(graph.nodes()[v].type)] && !f.removed_node[v]) {
      vertex[v] = static_cast<Vertex>(refs.size());
      refs.push_back(static_cast<NodeRef>(v));
    }

  EdgeList list;
  list.num_nodes = static_cast<Vertex>(refs.size());
  const bool weighted = selection.weighting != Weighting::unit;
  const bool symmetric = selection.direction == ProjectedDirection::undirected;
  for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edges()[e];
    if (!f.kind[index(edge.kind)] || !f.evidence[index(edge.evidence)] || f.removed_edge[e] ||
        !year_selected(edge.year, selection))
      continue;
    const Vertex u = vertex[index(edge.source)], v = vertex[index(edge.target)];
    if (u == kNoVertex || v == kNoVertex) continue;
    const double w = selection.weighting == Weighting::attribute ? attribute_weight(edge, selection)
                                                                 : edge.weight;
    // Undirected edges in a directed projection become two arcs.
    const bool both_ways = !symmetric && edge.direction == EdgeDirection::undirected && u != v;
    for (int copy = 0; copy < (both_ways ? 2 : 1); ++copy) {
      list.sources.push_back(copy ? v : u);
      list.targets.push_back(copy ? u : v);
      if (weighted) list.weights.push_back(w);
    }
  }
  CsrGraph csr =
      build_csr(list, {.direction = symmetric ? Direction::undirected : Direction::directed,
                       .merge = selection.merge,
                       .self_loops = selection.self_loops});
  return std::move(csr).with_node_refs(std::move(refs));
}

Vertex vertex_of(const CsrGraph& projection, NodeRef node) {
  const auto refs = projection.node_refs();
  const auto it = std::lower_bound(refs.begin(), refs.end(), node);
  if (it == refs.end() || *it != node) return kNoVertex;
  return static_cast<Vertex>(it - refs.begin());
}

}  // namespace innonet
