#pragma once
// The columns `innonet nodes --show` and `--count-by` read from a node, by name:
//   id, name, name_en, type, parent (the parent's id), depth, edges (incident edges)
//   a node type (city, district, park...): the id of the node's ancestor-or-self of that type
//   any other name: the node's attribute of that name, as text (tools/node_format.hpp
//   value_text; a list gives one value per item to --count-by)
// A name that is none of these - no node carries such an attribute - is a UsageError naming
// the closest known columns.
#include <string>
#include <vector>

#include "engine/property_graph.hpp"
#include "tools/output/table.hpp"

namespace innonet::cli {

class NodeColumn {
 public:
  NodeColumn(const PropertyGraph& graph, std::string name);
  const std::string& name() const { return name_; }
  // The cell --show prints (empty when the node has no such value).
  output::Cell cell(NodeRef node) const;
  // The values --count-by counts the node under: one, the items of a list, or none (empty).
  std::vector<std::string> values(NodeRef node) const;

 private:
  enum class Source { builtin, ancestor, attribute };
  const PropertyGraph* graph_;
  std::string name_;
  Source source_ = Source::attribute;
  TypeId type_{};
};

// The built-in columns in the order `nodes` shows them by default.
const std::vector<std::string>& default_node_columns();

}  // namespace innonet::cli
