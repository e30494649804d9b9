#include "engine/selection.hpp"

#include <string>

#include "engine/error.hpp"
#include "engine/rollup.hpp"  // check_selection

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

}  // namespace

void check_selection(const PropertyGraph& graph, const Selection& selection) {
  // Refuse unknown kinds and evidence grades here; EdgeFilter itself lets them match nothing.
  wanted<KindId>(
      selection.kinds, graph.kind_names(), [&](const std::string& n) { return graph.find_kind(n); },
      "edge kind");
  wanted<EvidenceId>(
      selection.evidence, graph.evidence_names(),
      [&](const std::string& n) { return graph.find_evidence(n); }, "evidence grade");
  wanted<TypeId>(
      selection.node_types, graph.type_names(),
      [&](const std::string& n) { return graph.find_type(n); }, "node type");
  if (selection.weighting == Weighting::attribute && selection.weight_attribute.empty())
    throw UsageError("weighting by attribute needs an attribute name");
}

CompiledSelection::CompiledSelection(const PropertyGraph& graph, const Selection& selection)
    : graph_(&graph),
      selection_((check_selection(graph, selection), selection)),
      type_(wanted<TypeId>(
          selection.node_types, graph.type_names(),
          [&](const std::string& n) { return graph.find_type(n); }, "node type")),
      removed_node_(static_cast<std::size_t>(graph.num_nodes()), false),
      edges_(graph, selection) {
  for (auto node : selection.removed_nodes) removed_node_[index(node)] = true;
}

bool CompiledSelection::keeps_node(NodeRef node) const {
  return type_[index(graph_->node(node).type)] && !removed_node_[index(node)];
}

double CompiledSelection::weight(const Edge& edge) const {
  if (selection_.weighting == Weighting::unit) return 1.0;
  if (selection_.weighting == Weighting::weight) return edge.weight;
  const auto it = edge.attributes.find(selection_.weight_attribute);
  if (it == edge.attributes.end()) return selection_.missing_attribute_weight;
  if (it->is_number()) return it->get<double>();
  if (it->is_object() && it->contains("value") && (*it)["value"].is_number())
    return (*it)["value"].get<double>();
  throw UsageError("edge '" + edge.id + "': attribute '" + selection_.weight_attribute +
                   "' is not a number");
}

}  // namespace innonet
