#pragma once
// One hop in a pattern's direction: the relationships of a node as a pattern sees them.
// `both` lists the out-row and then the in-row without the undirected relationships and loops,
// which the out-row already holds, so each relationship is met once.
#include <algorithm>
#include <cstdint>
#include <span>

#include "query/ast.hpp"
#include "query/graph_view.hpp"

namespace innonet::query {

// Calls f(relationship, other end) for each relationship of v whose type is in `types` (all
// when empty); stops when f returns false. Returns false when stopped. Typed rows are read type
// by type (GraphView::out_row_of_type, O(log degree) each), so the relationships are met grouped
// by type in the order `types` lists them, each type in relationship order; a typed expansion
// from a node with many relationships of other types does not scan them, and f need not check
// the type (which would load each relationship: a cache miss apiece on large graphs).
template <class F>
bool for_each_rel_in(const AdjacencyRow& row, Direction direction, bool in_row, F& f) {
  for (std::size_t i = 0; i < row.rels.size(); ++i) {
    std::int32_t w = row.ends[i];
    if (in_row && w < 0) {  // undirected or a loop: met in the out-row already when both
      if (direction == Direction::both) continue;
      w = ~w;
    }
    if (!f(row.rels[i], w)) return false;
  }
  return true;
}

template <class F>
bool for_each_rel(const GraphView& g, std::int32_t v, Direction direction,
                  std::span<const std::int32_t> types, F&& f) {
  const auto each_row = [&](bool in_row) {
    if (types.empty())
      return for_each_rel_in(in_row ? g.in_row(v) : g.out_row(v), direction, in_row, f);
    for (std::size_t k = 0; k < types.size(); ++k) {
      if (std::find(types.begin(), types.begin() + std::ptrdiff_t(k), types[k]) !=
          types.begin() + std::ptrdiff_t(k))
        continue;  // listed twice
      const AdjacencyRow row =
          in_row ? g.in_row_of_type(v, types[k]) : g.out_row_of_type(v, types[k]);
      if (!for_each_rel_in(row, direction, in_row, f)) return false;
    }
    return true;
  };
  if (direction != Direction::in && !each_row(false)) return false;
  return direction == Direction::out || each_row(true);
}

}  // namespace innonet::query
