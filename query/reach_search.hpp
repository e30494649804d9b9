#pragma once
// The end nodes of a variable-length pattern `(start)-[*min..max]-(end)` with min 0 or 1, found
// by a bounded breadth-first search instead of by enumerating trails; for when only the set of
// ends matters (DISTINCT, count(DISTINCT ...), pattern predicates), see multiplicity.hpp.
//
// Why a search gives the trail answer: for an end other than the start, a shortest walk is a
// path, and a path is a trail, so "some trail of 1..max hops reaches it" is "its BFS depth is
// at most max". The start itself is an end of 1..max hops only through a closed trail, and the
// shortest closed trail through the start is a cycle: a path from the start to some u plus a
// closing relationship u -> start other than the path's first one. So each node keeps its two
// shallowest labels (depth, first relationship) with different first relationships, and a
// closing relationship is accepted when it differs from the label's first relationship.
// Cost: O(nodes + relationships within max hops), each node expanded at most twice; memory
// O(nodes) once per scratch (ReachScratch), reused by later searches.
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "query/ast.hpp"
#include "query/graph_view.hpp"

namespace innonet::query {

struct ReachOptions {
  Direction direction = Direction::out;
  std::int32_t min_hops = 1;                 // 0 or 1
  std::int32_t max_hops = 1;                 // -1: unbounded
  std::span<const std::int32_t> types = {};  // one type: only its relationships are read
};

// What a search marks per node, kept between searches so that a search costs what it reaches,
// not the graph's size: dense arrays, reset through the list of nodes the last search touched.
struct ReachScratch {
  struct Labels {
    std::int32_t first_rel = -1;   // -1: not reached (see reach_search.cpp)
    std::int32_t second_rel = -1;  // -1: none
  };
  std::vector<Labels> labels;  // per node, side by side: one cache line read per visit
  std::vector<std::int32_t> touched;
};

// Calls `end(v)` once for each end node, in order of depth (the start when it is found to be
// one); `rel_allowed(r)` filters the relationships walked (empty: all are). Stops when `end`
// returns false, and then returns false.
bool reach_ends(const GraphView& g, std::int32_t start, const ReachOptions& options,
                const std::function<bool(std::int32_t)>& rel_allowed,
                const std::function<bool(std::int32_t)>& end, ReachScratch& scratch);

}  // namespace innonet::query
