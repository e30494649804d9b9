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

// Bottom-up (Beamer et al. 2012): every vertex not yet reached scans its whole in-row for level-d
// vertices and, if it has any, takes level d + 1 with σ = the sum of theirs, in row order: the
// same sum the top-down step's pull forms, so σ is bit-identical whichever step found a vertex.
// No compare-and-swap and no sort: fixed blocks of ids, each collected in order and concatenated
// in block order. A vertex reached in this step is read by others only as "not level d" (it was
// -1 and becomes d + 1), so the outcome does not depend on the interleaving.
std::vector<Vertex> bottom_up_next(const CsrGraph& g, std::int32_t d,
                                   std::vector<std::int32_t>& level, std::vector<double>& sigma) {
  constexpr std::int64_t kBlock = 4096;
  const std::int64_t n = g.num_nodes();
  const std::int64_t blocks = (n + kBlock - 1) / kBlock;
  std::vector<std::vector<Vertex>> found(blocks);
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel for schedule(dynamic, 4)
  for (std::int64_t b = 0; b < blocks; ++b) {
    for (std::int64_t v = b * kBlock; v < std::min(n, (b + 1) * kBlock); ++v) {
      if (std::atomic_ref<std::int32_t>(level[v]).load(std::memory_order_relaxed) != -1) continue;
      double paths = 0.0;
      bool reached = false;
      for (const Vertex u : g.in_neighbors(static_cast<Vertex>(v)))
        if (std::atomic_ref<std::int32_t>(level[u]).load(std::memory_order_relaxed) == d) {
          paths += sigma[u];
          reached = true;
        }
      if (!reached) continue;
      sigma[v] = paths;
      std::atomic_ref<std::int32_t>(level[v]).store(d + 1, std::memory_order_relaxed);
      error.run([&] { found[b].push_back(static_cast<Vertex>(v)); });
    }
  }
  error.rethrow();
  std::vector<Vertex> next;
  for (const auto& part : found) next.insert(next.end(), part.begin(), part.end());
  return next;
}

// Beamer's switch, retuned: bottom-up once the arcs leaving the frontier exceed the arcs still
// unexplored / 4, back to top-down once the frontier holds fewer than n / 6 vertices. A BFS
// stops scanning an in-row at its first parent (Beamer's 15 and 18); this step reads whole rows
// for σ, so it pays later and stops paying sooner. One source on R-MAT scale 22, 1 / 2 threads:
// 2.10 / 1.54 s top-down only, 1.63 / 1.08 s with 15 and 18, 1.63 / 0.93 s with 4 and 6. It
// changes only the speed: both steps give the same level sets and σ.
constexpr double kAlpha = 4.0;
constexpr double kBeta = 6.0;

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
  std::int64_t unexplored = g.num_arcs() - g.out_degree(s);  // arcs out of unreached vertices
  bool bottom_up = false;
  for (std::int32_t d = 0;; ++d) {
    const std::int64_t frontier = begin[d + 1] - begin[d];
    if (bottom_up) {
      bottom_up = frontier >= static_cast<double>(n) / kBeta;
    } else {
      std::int64_t frontier_arcs = 0;
      for (std::int64_t i = begin[d]; i < begin[d + 1]; ++i)
        frontier_arcs += g.out_degree(order[i]);
      bottom_up = static_cast<double>(frontier_arcs) > static_cast<double>(unexplored) / kAlpha;
    }
    std::vector<Vertex> next;
    if (bottom_up) {
      next = bottom_up_next(g, d, level, sigma);
    } else {
      next = claim_next(g, order, begin[d], begin[d + 1], d, level);
#pragma omp parallel for schedule(dynamic, 64) if (std::ssize(next) > kParallelLevel)
      for (std::int64_t j = 0; j < std::ssize(next); ++j) {
        const Vertex v = next[j];
        double paths = 0.0;
        for (const Vertex u : g.in_neighbors(v))
          if (level[u] == d) paths += sigma[u];
        sigma[v] = paths;
      }
    }
    if (next.empty()) break;
    for (const Vertex v : next) unexplored -= g.out_degree(v);
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
