#include "engine/projection.hpp"

#include <algorithm>
#include <string>

#include "engine/error.hpp"
#include "engine/selection.hpp"

namespace innonet {
namespace {

// Flags by id for the names the graph knows; all set when `names` is empty.
template <class Id, class Find>
std::vector<bool> listed(const std::vector<std::string>& names, std::size_t known, Find find) {
  std::vector<bool> keep(known, names.empty());
  for (const auto& name : names)
    if (const auto id = find(name)) keep[index(*id)] = true;
  return keep;
}

}  // namespace

EdgeFilter::EdgeFilter(const PropertyGraph& graph, const Selection& selection)
    : graph_(&graph),
      kind_(listed<KindId>(selection.kinds, graph.kind_names().size(),
                           [&](const std::string& n) { return graph.find_kind(n); })),
      evidence_(listed<EvidenceId>(selection.evidence, graph.evidence_names().size(),
                                   [&](const std::string& n) { return graph.find_evidence(n); })),
      removed_edge_(static_cast<std::size_t>(graph.num_edges()), false),
      year_from_(selection.year_from),
      year_to_(selection.year_to),
      yearless_(selection.yearless) {
  for (auto edge : selection.removed_edges)
    if (index(edge) >= 0 && index(edge) < graph.num_edges()) removed_edge_[index(edge)] = true;
}

bool EdgeFilter::keeps(EdgeRef edge) const {
  const Edge& e = graph_->edge(edge);
  if (!kind_[index(e.kind)] || !evidence_[index(e.evidence)] || removed_edge_[index(edge)])
    return false;
  if (!year_from_ && !year_to_) return true;
  if (e.year == kNoYear) return yearless_ == YearlessEdges::include;
  return (!year_from_ || e.year >= *year_from_) && (!year_to_ || e.year <= *year_to_);
}

CsrGraph project(const PropertyGraph& graph, const Selection& selection) {
  const CompiledSelection compiled(graph, selection);
  std::vector<Vertex> vertex(static_cast<std::size_t>(graph.num_nodes()), kNoVertex);
  std::vector<NodeRef> refs;
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v)
    if (compiled.keeps_node(static_cast<NodeRef>(v))) {
      vertex[v] = static_cast<Vertex>(refs.size());
      refs.push_back(static_cast<NodeRef>(v));
    }

  EdgeList list;
  list.num_nodes = static_cast<Vertex>(refs.size());
  const bool weighted = selection.weighting != Weighting::unit;
  const bool symmetric = selection.direction == ProjectedDirection::undirected;
  for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
    if (!compiled.keeps_edge(static_cast<EdgeRef>(e))) continue;
    const Edge& edge = graph.edges()[e];
    const Vertex u = vertex[index(edge.source)], v = vertex[index(edge.target)];
    if (u == kNoVertex || v == kNoVertex) continue;
    const double w = compiled.weight(edge);
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
