#include "algorithms/centrality/level_brandes.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>

#include "engine/parallel_error.hpp"

namespace innonet::centrality {
namespace {

constexpr std::int64_t kParallelLevel = 256;  // smaller levels run on one thread

// The vertices first reached from level d (order[lo..hi)), sorted by id.
std::vector<Vertex> claim_next(const CsrGraph& g, const std::vector<Vertex>& order, std::int64_t lo,
                               std::int64_t hi, std::int32_t d, std::vector<std::int32_t>& level) {
  std::vector<Vertex> next;
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel if (hi - lo > kParallelLevel)
  {
    std::vector<Vertex> local;
#pragma omp for schedule(dynamic, 64) nowait
    for (std::int64_t i = lo; i < hi; ++i)
      for (const Vertex v : g.out_neighbors(order[i])) {
        std::atomic_ref<std::int32_t> slot(level[v]);
        std::int32_t seen = slot.load(std::memory_order_relaxed);
        if (seen == -1 && slot.compare_exchange_strong(seen, d + 1, std::memory_order_relaxed))
          error.run([&] { local.push_back(v); });
      }
#pragma omp critical
    error.run([&] { next.insert(next.end(), local.begin(), local.end()); });
  }
  error.rethrow();
  std::sort(next.begin(), next.end());  // the threads' order is not fixed
  return next;
}

}  // namespace

void add_level_dependencies(const CsrGraph& g, Vertex s, Endpoints endpoints,
                            std::vector<double>& out) {
  const Vertex n = g.num_nodes();
  std::vector<std::int32_t> level(n, -1);
  std::vector<double> sigma(n, 0.0), coef(n, 0.0);
  std::vector<Vertex> order{s};
  std::vector<std::int64_t> begin{0, 1};  // level d is order[begin[d] .. begin[d + 1])
  level[s] = 0;
  sigma[s] = 1.0;
  for (std::int32_t d = 0;; ++d) {
    const std::vector<Vertex> next = claim_next(g, order, begin[d], begin[d + 1], d, level);
    if (next.empty()) break;
#pragma omp parallel for schedule(dynamic, 64) if (std::ssize(next) > kParallelLevel)
    for (std::int64_t j = 0; j < std::ssize(next); ++j) {
      const Vertex v = next[j];
      double paths = 0.0;
      for (const Vertex u : g.in_neighbors(v))
        if (level[u] == d) paths += sigma[u];
      sigma[v] = paths;
    }
    order.insert(order.end(), next.begin(), next.end());
    begin.push_back(std::ssize(order));
  }
  const bool with_endpoints = endpoints == Endpoints::include;
  for (auto d = static_cast<std::int64_t>(begin.size()) - 2; d >= 0; --d) {
    const std::int64_t lo = begin[d], hi = begin[d + 1];
#pragma omp parallel for schedule(dynamic, 64) if (hi - lo > kParallelLevel)
    for (std::int64_t i = lo; i < hi; ++i) {
      const Vertex w = order[i];
      double sum = 0.0;
      for (const Vertex x : g.out_neighbors(w))
        if (level[x] == d + 1) sum += coef[x];
      const double delta = sigma[w] * sum;
      coef[w] = (1.0 + delta) / sigma[w];
      if (w != s) out[w] += with_endpoints ? delta + 1.0 : delta;
    }
  }
  if (with_endpoints) out[s] += static_cast<double>(order.size() - 1);
}

}  // namespace innonet::centrality
