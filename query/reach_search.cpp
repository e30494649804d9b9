// Bounded BFS for the ends of a variable-length pattern; the argument is in reach_search.hpp.
#include "query/reach_search.hpp"

#include <stdexcept>
#include <utility>
#include <vector>

#include "query/adjacency.hpp"

namespace innonet::query {
namespace {

struct Visit {
  std::int32_t node;
  std::int32_t first_rel;  // -1 for the start
  bool second;             // reached through the node's second label
};

}  // namespace

bool reach_ends(const GraphView& g, std::int32_t start, const ReachOptions& options,
                const std::function<bool(std::int32_t)>& rel_allowed,
                const std::function<bool(std::int32_t)>& end, ReachScratch& scratch) {
  if (options.min_hops < 0 || options.min_hops > 1)
    throw std::invalid_argument("reach_ends: min_hops must be 0 or 1");
  bool start_emitted = options.min_hops == 0;
  if (start_emitted && !end(start)) return false;
  // Per node: the first relationship of the shallowest walk reaching it, and of the shallowest
  // walk with another first relationship.
  auto& labels = scratch.labels;
  if (std::ssize(labels) != g.num_nodes()) {
    labels.assign(g.num_nodes(), {});
    scratch.touched.clear();
  }
  for (const auto v : scratch.touched) labels[v] = {};  // also after a stopped search
  scratch.touched.clear();
  std::vector<Visit> frontier{{start, -1, false}}, next;
  for (std::int32_t depth = 0;
       !frontier.empty() && (options.max_hops < 0 || depth < options.max_hops); ++depth) {
    next.clear();
    // Nodes found at the last depth are ends, but are not expanded.
    const bool last = options.max_hops >= 0 && depth + 1 == options.max_hops;
    for (const Visit& visit : frontier) {
      // A second label only serves to close a trail at the start: every node it reaches has
      // been reached at least as shallow through the node's first label.
      if (visit.second && start_emitted) continue;
      // Named copies: clang 14 (clang-tidy) rejects lambdas capturing structured bindings.
      const std::int32_t u = visit.node;
      const std::int32_t first_rel = visit.first_rel;
      const bool more =
          for_each_rel(g, u, options.direction, options.types, [&](std::int32_t r, std::int32_t w) {
            if (rel_allowed && !rel_allowed(r)) return true;
            if (w == start) {  // a closed trail unless it walks back over its first relationship
              if (start_emitted || r == first_rel) return true;
              start_emitted = true;
              return end(start);
            }
            const std::int32_t branch = first_rel < 0 ? r : first_rel;
            auto& label = labels[w];
            if (label.first_rel < 0) {
              label.first_rel = branch;
              scratch.touched.push_back(w);
              if (!last) next.push_back({w, branch, false});
              return end(w);
            }
            if (!last && !start_emitted && label.second_rel < 0 && label.first_rel != branch) {
              label.second_rel = branch;
              next.push_back({w, branch, true});
            }
            return true;
          });
      if (!more) return false;
    }
    std::swap(frontier, next);
  }
  return true;
}

}  // namespace innonet::query
