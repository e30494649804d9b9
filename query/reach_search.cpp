// Bounded BFS for the ends of a variable-length pattern; the argument is in reach_search.hpp.
#include "query/reach_search.hpp"

#include <stdexcept>
#include <unordered_map>
#include <utility>
#include <vector>

#include "query/adjacency.hpp"

namespace innonet::query {
namespace {

struct Labels {
  std::int32_t first_rel = -1;   // first relationship of the shallowest walk reaching the node
  std::int32_t second_rel = -1;  // of the shallowest walk with another first relationship
};

struct Visit {
  std::int32_t node;
  std::int32_t first_rel;  // -1 for the start
};

}  // namespace

bool reach_ends(const GraphView& g, std::int32_t start, const ReachOptions& options,
                const std::function<bool(std::int32_t)>& rel_allowed,
                const std::function<bool(std::int32_t)>& end) {
  if (options.min_hops < 0 || options.min_hops > 1)
    throw std::invalid_argument("reach_ends: min_hops must be 0 or 1");
  bool start_emitted = options.min_hops == 0;
  if (start_emitted && !end(start)) return false;
  std::unordered_map<std::int32_t, Labels> seen;
  std::vector<Visit> frontier{{start, -1}}, next;
  for (std::int32_t depth = 0;
       !frontier.empty() && (options.max_hops < 0 || depth < options.max_hops); ++depth) {
    next.clear();
    for (const auto [u, first_rel] : frontier) {
      const bool more =
          for_each_rel(g, u, options.direction, options.types, [&](std::int32_t r, std::int32_t w) {
            if (!rel_allowed(r)) return true;
            if (w == start) {  // a closed trail unless it walks back over its first relationship
              if (start_emitted || r == first_rel) return true;
              start_emitted = true;
              return end(start);
            }
            const std::int32_t branch = first_rel < 0 ? r : first_rel;
            auto [it, fresh] = seen.try_emplace(w);
            Labels& labels = it->second;
            if (fresh) {
              labels.first_rel = branch;
              next.push_back({w, branch});
              return end(w);
            }
            if (labels.second_rel < 0 && labels.first_rel != branch) {
              labels.second_rel = branch;
              next.push_back({w, branch});
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
