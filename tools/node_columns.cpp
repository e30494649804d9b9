#include "tools/node_columns.hpp"

#include <algorithm>

#include "engine/error.hpp"
#include "tools/node_format.hpp"

namespace innonet::cli {
namespace {

bool some_node_has(const PropertyGraph& graph, const std::string& key) {
  return std::any_of(graph.nodes().begin(), graph.nodes().end(),
                     [&](const Node& n) { return n.attributes.contains(key); });
}

[[noreturn]] void unknown_column(const PropertyGraph& graph, const std::string& name) {
  std::vector<std::string> names = default_node_columns();
  for (const auto& t : graph.type_names()) names.push_back(t);
  for (const auto& n : graph.nodes())
    for (const auto& [key, value] : n.attributes.items())
      if (std::find(names.begin(), names.end(), key) == names.end()) names.push_back(key);
  const std::vector<std::string_view> known(names.begin(), names.end());
  throw UsageError(unknown_id_message(known, name, "column") +
                   " (a built-in column, a node type or an attribute some node has)");
}

}  // namespace

const std::vector<std::string>& default_node_columns() {
  static const std::vector<std::string> kColumns = {"id",     "name",  "name_en", "type",
                                                    "parent", "depth", "edges"};
  return kColumns;
}

NodeColumn::NodeColumn(const PropertyGraph& graph, std::string name)
    : graph_(&graph), name_(std::move(name)) {
  const auto& builtin = default_node_columns();
  if (std::find(builtin.begin(), builtin.end(), name_) != builtin.end()) {
    source_ = Source::builtin;
  } else if (const auto type = graph.find_type(name_)) {
    source_ = Source::ancestor;
    type_ = *type;
  } else if (!some_node_has(graph, name_)) {
    unknown_column(graph, name_);
  }
}

output::Cell NodeColumn::cell(NodeRef ref) const {
  const Node& node = graph_->node(ref);
  switch (source_) {
    case Source::ancestor: {
      const auto above = graph_->ancestor_of_type(ref, type_);
      return above ? output::Cell(graph_->node(*above).id) : output::Cell();
    }
    case Source::attribute: {
      const auto it = node.attributes.find(name_);
      return it == node.attributes.end() ? output::Cell() : output::Cell(value_text(*it));
    }
    case Source::builtin: break;
  }
  if (name_ == "id") return node.id;
  if (name_ == "name") return node.name;
  if (name_ == "name_en") return node.name_en;
  if (name_ == "type") return graph_->type_name(node.type);
  if (name_ == "parent")
    return node.parent ? output::Cell(graph_->node(*node.parent).id) : output::Cell();
  if (name_ == "depth") return std::int64_t{graph_->depth(ref)};
  return static_cast<std::int64_t>(graph_->incident_edges(ref).size());  // edges
}

std::vector<std::string> NodeColumn::values(NodeRef ref) const {
  if (source_ == Source::attribute) {
    const auto& attributes = graph_->node(ref).attributes;
    const auto it = attributes.find(name_);
    if (it == attributes.end()) return {};
    if (!it->is_array()) return {value_text(*it)};
    std::vector<std::string> items;
    for (const auto& item : *it) items.push_back(value_text(item));
    return items;
  }
  const output::Cell c = cell(ref);
  if (std::holds_alternative<std::monostate>(c)) return {};
  if (const auto* text = std::get_if<std::string>(&c)) return {*text};
  return {std::to_string(std::get<std::int64_t>(c))};
}

}  // namespace innonet::cli
