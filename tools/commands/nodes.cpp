// `innonet nodes`: list nodes, filtered by type, direct parent, ancestor (any depth) and
// attributes. --attr KEY keeps nodes that have the attribute; --attr KEY=VALUE those whose value
// reads VALUE (a dated value {"value": v, ...} matches v; a list matches any of its items).
// --show COLS picks the columns (tools/node_columns.hpp: built-in ones, an ancestor's id by
// node type such as city, or attributes); --count-by COL counts the matching nodes per value of
// one such column instead (a list attribute counts the node once per item; no value: an empty
// key), largest count first.
#include <algorithm>
#include <map>

#include "engine/error.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/node_columns.hpp"
#include "tools/node_format.hpp"

namespace innonet::cli {
namespace {

struct NodesArgs {
  std::vector<std::string> types;
  std::string parent;
  std::string ancestor;
  std::vector<std::string> attrs;
  std::int64_t limit = 0;         // 0: all
  std::vector<std::string> show;  // columns; empty: default_node_columns()
  std::string count_by;           // a column to count by; empty: list the nodes
};

bool value_matches(const nlohmann::ordered_json& value, const std::string& wanted) {
  if (value_text(value) == wanted) return true;
  if (value.is_object() && value.contains("value")) return value_text(value["value"]) == wanted;
  if (value.is_array())
    return std::any_of(value.begin(), value.end(),
                       [&](const auto& item) { return value_matches(item, wanted); });
  return false;
}

bool attributes_match(const Node& node, const std::vector<std::string>& attrs) {
  for (const auto& attr : attrs) {
    const auto equals = attr.find('=');
    const std::string key = attr.substr(0, equals);
    const auto it = node.attributes.find(key);
    if (it == node.attributes.end()) return false;
    if (equals != std::string::npos && !value_matches(*it, attr.substr(equals + 1))) return false;
  }
  return true;
}

std::vector<bool> wanted_types(const PropertyGraph& graph, const std::vector<std::string>& types) {
  std::vector<bool> keep(graph.type_names().size(), types.empty());
  for (const auto& name : types) {
    const auto type = graph.find_type(name);
    if (!type) {
      std::vector<std::string_view> known(graph.type_names().begin(), graph.type_names().end());
      throw UsageError(unknown_id_message(known, name, "node type"));
    }
    keep[index(*type)] = true;
  }
  return keep;
}

output::Table count_table(const NodeColumn& column, const std::vector<NodeRef>& nodes) {
  std::map<std::string, std::int64_t> counts;
  std::int64_t without = 0;
  for (const NodeRef ref : nodes) {
    const auto values = column.values(ref);
    without += values.empty();
    for (const auto& v : values) ++counts[v];
  }
  std::vector<std::pair<std::string, std::int64_t>> rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  output::Table t{"counts", "", {column.name(), "nodes"}, {}, {}};
  for (const auto& [value, count] : rows) t.add_row({value, count});
  if (without > 0) t.add_row({output::Cell(), without});
  t.notes.push_back(std::to_string(nodes.size()) + " matching nodes counted by " + column.name() +
                    (without > 0 ? "; the empty key: nodes without a value" : ""));
  return t;
}

output::Report run_nodes(const NodesArgs& args, const GlobalOptions& options) {
  const GraphSource source = load_graph(options);
  const PropertyGraph& graph = source.properties();
  const auto keep_type = wanted_types(graph, args.types);
  std::optional<NodeRef> parent, ancestor;
  if (!args.parent.empty()) parent = require_node(graph, args.parent);
  if (!args.ancestor.empty()) ancestor = require_node(graph, args.ancestor);
  for (const auto& attr : args.attrs)
    if (attr.empty() || attr.front() == '=')
      throw UsageError("--attr: expected KEY or KEY=VALUE, found '" + attr + "'");

  std::vector<NodeRef> matching;
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v) {
    const auto ref = static_cast<NodeRef>(v);
    const Node& node = graph.node(ref);
    if (!keep_type[index(node.type)] || (parent && node.parent != parent) ||
        (ancestor && (ref == *ancestor || !graph.is_ancestor_or_self(*ancestor, ref))) ||
        !attributes_match(node, args.attrs))
      continue;
    matching.push_back(ref);
  }
  output::Report report;
  if (!args.count_by.empty()) {
    report.tables.push_back(count_table(NodeColumn(graph, args.count_by), matching));
    return report;
  }
  std::vector<NodeColumn> columns;
  for (const auto& name : args.show.empty() ? default_node_columns() : args.show)
    columns.emplace_back(graph, name);
  output::Table t{"nodes", "", {}, {}, {}};
  for (const auto& c : columns) t.columns.push_back(c.name());
  const auto matched = std::ssize(matching);
  for (std::int64_t i = 0; i < matched && (args.limit == 0 || i < args.limit); ++i) {
    std::vector<output::Cell> row;
    row.reserve(columns.size());
    for (const auto& c : columns) row.push_back(c.cell(matching[i]));
    t.add_row(std::move(row));
  }
  t.notes.push_back(std::to_string(t.rows.size()) + " of " + std::to_string(matched) +
                    " matching nodes shown (" + std::to_string(graph.num_nodes()) + " in all)");
  report.tables.push_back(std::move(t));
  return report;
}

}  // namespace

Command add_nodes(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto args = std::make_shared<NodesArgs>();
  auto* cmd = root.add_subcommand("nodes", "List nodes, filtered by type, parent or attribute");
  cmd->add_option("--type", args->types, "Node types to list (comma-separated or repeated)")
      ->delimiter(',');
  cmd->add_option("--parent", args->parent, "Only direct children of this node id");
  cmd->add_option("--ancestor", args->ancestor, "Only nodes below this node id, at any depth");
  cmd->add_option("--attr", args->attrs,
                  "KEY or KEY=VALUE: nodes with that attribute (repeatable)");
  cmd->add_option("--limit", args->limit, "Rows to show (0: all)")->check(CLI::NonNegativeNumber);
  auto* show = cmd->add_option("--show", args->show,
                               "Columns to show, e.g. id,name,type,city,partner_country (built-in "
                               "columns, a node type for that ancestor's id, or attributes)")
                   ->delimiter(',');
  cmd->add_option("--count-by", args->count_by,
                  "Count the matching nodes per value of one column (type, parent, city, an "
                  "attribute...) instead of listing them")
      ->excludes(show);
  return {cmd, [args, options] { return run_nodes(*args, *options); }};
}

}  // namespace innonet::cli
