#pragma once
// Lock-free union-find over a parent array, shared by weak components (Afforest) and Leiden's
// split of disconnected communities. A root only ever gains a smaller parent, so every parent is
// an ancestor with a smaller id, chasing parents terminates, a stale read still lands on an
// ancestor, and each final tree is rooted at its smallest vertex: labels do not depend on the
// order in which threads link.

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <span>

#include "engine/types.hpp"

namespace innonet::structure::detail {

// Hooks the larger of the roots of u and v under the smaller (GAP's Afforest Link).
inline void link(Vertex u, Vertex v, std::span<Vertex> parent) {
  Vertex p1 = std::atomic_ref<Vertex>(parent[u]).load(std::memory_order_relaxed);
  Vertex p2 = std::atomic_ref<Vertex>(parent[v]).load(std::memory_order_relaxed);
  while (p1 != p2) {
    const Vertex high = std::max(p1, p2);
    const Vertex low = std::min(p1, p2);
    std::atomic_ref<Vertex> slot(parent[high]);
    Vertex p_high = slot.load(std::memory_order_relaxed);
    if (p_high == low) break;
    if (p_high == high && slot.compare_exchange_strong(p_high, low, std::memory_order_relaxed))
      break;
    p1 = std::atomic_ref<Vertex>(
             parent[std::atomic_ref<Vertex>(parent[high]).load(std::memory_order_relaxed)])
             .load(std::memory_order_relaxed);
    p2 = std::atomic_ref<Vertex>(parent[low]).load(std::memory_order_relaxed);
  }
}

// Points every vertex straight at its root, the smallest vertex of its tree.
inline void compress(std::span<Vertex> parent, bool parallel) {
  const auto n = static_cast<std::int64_t>(parent.size());
#pragma omp parallel for schedule(dynamic, 16384) if (parallel)
  for (std::int64_t v = 0; v < n; ++v) {
    std::atomic_ref<Vertex> mine(parent[v]);
    while (true) {
      const Vertex p = mine.load(std::memory_order_relaxed);
      const Vertex pp = std::atomic_ref<Vertex>(parent[p]).load(std::memory_order_relaxed);
      if (p == pp) break;
      mine.store(pp, std::memory_order_relaxed);
    }
  }
}

}  // namespace innonet::structure::detail
