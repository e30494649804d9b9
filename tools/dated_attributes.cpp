#include "tools/dated_attributes.hpp"

#include <map>

#include "tools/node_format.hpp"

namespace innonet::cli {
namespace {

// BASE_YYYY -> (BASE, YYYY); nullopt for any other name. Years 1000..2999.
std::optional<std::pair<std::string, std::int32_t>> split_year(const std::string& key) {
  if (key.size() < 6 || key[key.size() - 5] != '_') return std::nullopt;
  std::int32_t year = 0;
  for (std::size_t i = key.size() - 4; i < key.size(); ++i) {
    if (key[i] < '0' || key[i] > '9') return std::nullopt;
    year = year * 10 + (key[i] - '0');
  }
  if (year < 1000 || year > 2999) return std::nullopt;
  return std::pair{key.substr(0, key.size() - 5), year};
}

// By base: the node's values by year (ordered).
std::map<std::string, std::map<std::int32_t, std::string>> dated_values(const Node& node) {
  std::map<std::string, std::map<std::int32_t, std::string>> out;
  for (const auto& [key, value] : node.attributes.items())
    if (const auto split = split_year(key); split && !value.is_object())
      out[split->first][split->second] = value_text(value);
  return out;
}

// The latest entry at or before `year`, or end().
auto as_of(const std::map<std::int32_t, std::string>& by_year, std::int32_t year) {
  auto it = by_year.upper_bound(year);
  return it == by_year.begin() ? by_year.end() : std::prev(it);
}

}  // namespace

std::vector<DatedAttributeChange> dated_attribute_changes(const PropertyGraph& graph,
                                                          std::int32_t a, std::int32_t b) {
  std::vector<DatedAttributeChange> changes;
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v) {
    for (const auto& [base, by_year] : dated_values(graph.node(NodeRef{v}))) {
      const auto at_a = as_of(by_year, a), at_b = as_of(by_year, b);
      if (at_b == by_year.end() || at_a == at_b) continue;  // nothing new by b
      DatedAttributeChange c{
          .node = NodeRef{v}, .base = base, .year_b = at_b->first, .value_b = at_b->second};
      if (at_a == by_year.end()) {
        c.change = AttributeChange::recorded;
      } else {
        if (at_a->second == at_b->second) continue;  // restated, unchanged
        c.year_a = at_a->first;
        c.value_a = at_a->second;
      }
      changes.push_back(std::move(c));
    }
  }
  return changes;
}

std::int64_t nodes_with_dated_attributes(const PropertyGraph& graph) {
  std::int64_t count = 0;
  for (const auto& node : graph.nodes()) count += !dated_values(node).empty();
  return count;
}

}  // namespace innonet::cli
