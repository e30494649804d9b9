#pragma once
// One hop in a pattern's direction: the relationships of a node as a pattern sees them.
// `both` lists the out-row and then the in-row without the undirected relationships and loops,
// which the out-row already holds, so each relationship is met once.
#include <cstdint>
#include <span>

#include "query/ast.hpp"
#include "query/graph_view.hpp"

namespace innonet::query {

// Calls f(relationship, other end) for each relationship of v; stops when f returns false.
// Returns false when stopped. With exactly one type in `types` only the rows' part of that type
// is read (GraphView::out_of_type); otherwise every relationship is offered and f filters.
template <class F>
bool for_each_rel(const GraphView& g, std::int32_t v, Direction direction,
                  std::span<const std::int32_t> types, F&& f) {
  const bool one_type = types.size() == 1;
  if (direction != Direction::in)
    for (const auto r : one_type ? g.out_of_type(v, types[0]) : g.out(v))
      if (!f(r, g.other_end(r, v))) return false;
  if (direction == Direction::out) return true;
  for (const auto r : one_type ? g.in_of_type(v, types[0]) : g.in(v)) {
    const Rel& rel = g.rel(r);
    if (direction == Direction::both && (!rel.directed || rel.source == rel.target)) continue;
    if (!f(r, g.other_end(r, v))) return false;
  }
  return true;
}

}  // namespace innonet::query
