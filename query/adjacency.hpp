#pragma once
// One hop in a pattern's direction: the relationships of a node as a pattern sees them.
// `both` lists the out-row and then the in-row without the undirected relationships and loops,
// which the out-row already holds, so each relationship is met once.
#include <cstdint>

#include "query/ast.hpp"
#include "query/graph_view.hpp"

namespace innonet::query {

// Calls f(relationship, other end) for each relationship of v; stops when f returns false.
// Returns false when stopped.
template <class F>
bool for_each_rel(const GraphView& g, std::int32_t v, Direction direction, F&& f) {
  if (direction != Direction::in)
    for (const auto r : g.out(v))
      if (!f(r, g.other_end(r, v))) return false;
  if (direction == Direction::out) return true;
  for (const auto r : g.in(v)) {
    const Rel& rel = g.rel(r);
    if (direction == Direction::both && (!rel.directed || rel.source == rel.target)) continue;
    if (!f(r, g.other_end(r, v))) return false;
  }
  return true;
}

}  // namespace innonet::query
