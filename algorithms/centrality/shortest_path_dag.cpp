#include "algorithms/centrality/shortest_path_dag.hpp"

#include <algorithm>
#include <functional>

namespace innonet::centrality {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Rows {
  std::span<const ArcIndex> offsets;
  std::span<const Vertex> heads;
  std::span<const double> weights;
};

Rows rows(const CsrGraph& g, Traverse traverse) {
  if (traverse == Traverse::in_arcs) return {g.in_offsets(), g.in_sources(), g.in_weight_array()};
  return {g.out_offsets(), g.out_targets(), g.out_weight_array()};
}

}  // namespace

ShortestPathDag::ShortestPathDag(Vertex n)
    : level_(n, -1), dist_(n, kInfinity), sigma_(n, 0.0), coef_(n, 0.0), order_(n) {}

void ShortestPathDag::clear() {
  for (std::int64_t i = 0; i < size_; ++i) {
    const Vertex v = order_[i];
    level_[v] = -1;
    dist_[v] = kInfinity;
    sigma_[v] = 0.0;
  }
  size_ = 0;
}

void ShortestPathDag::search(const CsrGraph& g, Vertex s, PathLength length, Traverse traverse,
                             double tie_tolerance) {
  clear();
  weighted_ = length == PathLength::weighted;
  tie_tolerance_ = tie_tolerance;
  if (weighted_) {
    dijkstra(g, s, traverse);
  } else {
    bfs(g, s, traverse);
  }
}

void ShortestPathDag::bfs(const CsrGraph& g, Vertex s, Traverse traverse) {
  const Rows r = rows(g, traverse);
  std::int32_t* level = level_.data();
  double* sigma = sigma_.data();
  Vertex* queue = order_.data();
  std::int64_t tail = 0;
  level[s] = 0;
  sigma[s] = 1.0;
  queue[tail++] = s;
  for (std::int64_t head = 0; head < tail; ++head) {
    const Vertex u = queue[head];
    const std::int32_t next = level[u] + 1;
    const double sigma_u = sigma[u];
    for (ArcIndex e = r.offsets[u]; e < r.offsets[u + 1]; ++e) {
      const Vertex x = r.heads[e];
      if (level[x] < 0) {
        level[x] = next;
        queue[tail++] = x;
      }
      if (level[x] == next) sigma[x] += sigma_u;
    }
  }
  size_ = tail;
}

void ShortestPathDag::dijkstra(const CsrGraph& g, Vertex s, Traverse traverse) {
  const Rows r = rows(g, traverse);
  const auto later = std::greater<std::pair<double, Vertex>>();
  heap_.clear();
  dist_[s] = 0.0;
  sigma_[s] = 1.0;
  heap_.emplace_back(0.0, s);
  while (!heap_.empty()) {
    std::pop_heap(heap_.begin(), heap_.end(), later);
    const auto [d, u] = heap_.back();
    heap_.pop_back();
    if (level_[u] >= 0 || d > dist_[u]) continue;  // settled, or a stale entry
    level_[u] = static_cast<std::int32_t>(size_);
    order_[size_++] = u;
    for (ArcIndex e = r.offsets[u]; e < r.offsets[u + 1]; ++e) {
      const Vertex x = r.heads[e];
      if (level_[x] >= 0) continue;
      const double candidate = d + r.weights[e];
      if (dist_[x] != kInfinity && ties(candidate, dist_[x])) {
        sigma_[x] += sigma_[u];
      } else if (candidate < dist_[x]) {
        dist_[x] = candidate;
        sigma_[x] = sigma_[u];
        heap_.emplace_back(candidate, x);
        std::push_heap(heap_.begin(), heap_.end(), later);
      }
    }
  }
}

}  // namespace innonet::centrality
