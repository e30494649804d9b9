#include "algorithms/community/split_disconnected.hpp"

#include <atomic>
#include <numeric>

namespace innonet::community::detail {
namespace {

// Roots only ever gain a smaller parent, so every parent is an ancestor with a smaller id: reading
// a stale parent still lands on an ancestor, and halving the path (pointing a node at its
// grandparent) keeps that true under concurrent writers.
Vertex find_root(std::vector<Vertex>& parent, Vertex v) {
  for (;;) {
    std::atomic_ref<Vertex> up(parent[v]);
    const Vertex p = up.load(std::memory_order_relaxed);
    const Vertex grand = std::atomic_ref<Vertex>(parent[p]).load(std::memory_order_relaxed);
    if (p == grand) return p;
    up.store(grand, std::memory_order_relaxed);
    v = grand;
  }
}

void link(std::vector<Vertex>& parent, Vertex a, Vertex b) {
  for (;;) {
    Vertex ra = find_root(parent, a), rb = find_root(parent, b);
    if (ra == rb) return;
    if (ra < rb) std::swap(ra, rb);  // hook the larger root under the smaller
    Vertex expected = ra;
    if (std::atomic_ref<Vertex>(parent[ra])
            .compare_exchange_strong(expected, rb, std::memory_order_relaxed))
      return;
    a = ra;  // ra gained a parent meanwhile: retry from where it now leads
    b = rb;
  }
}

}  // namespace

Vertex split_disconnected(const WorkGraph& g, std::vector<Vertex>& membership) {
  const Vertex n = g.num_nodes;
  std::vector<Vertex> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
#pragma omp parallel for schedule(dynamic, 1024)
  for (Vertex v = 0; v < n; ++v)
    for (std::int64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const Vertex u = g.targets[e];
      if (u < v && membership[u] == membership[v]) link(parent, u, v);
    }
#pragma omp parallel for schedule(static)
  for (Vertex v = 0; v < n; ++v) membership[v] = find_root(parent, v);
  return renumber_communities(membership);
}

}  // namespace innonet::community::detail
