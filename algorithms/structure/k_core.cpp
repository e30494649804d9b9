#include "algorithms/structure/k_core.hpp"

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <limits>

#include "algorithms/structure/parallel_threshold.hpp"
#include "engine/parallel_error.hpp"
#include "engine/prefetch.hpp"

namespace innonet::structure {

namespace {

inline constexpr std::int64_t kCompactBlock = 1 << 14;  // fixed block for the compaction scan
// A window of levels is peeled by every thread while the remaining vertices still hold this many
// arcs; below it, one thread without atomics is faster than 64 barriers.
inline constexpr std::int64_t kParallelArcs = std::int64_t{1} << 17;
// Levels peeled per scan of the remaining vertices (a power-law graph ends in hundreds of tiny
// levels; scanning the remaining vertices for each of them cost as much as the peeling itself).
inline constexpr Vertex kWindow = 64;

template <class Visit>
void for_each_neighbor(const CsrGraph& g, Vertex v, Visit&& visit) {
  for (const Vertex u : g.out_neighbors(v))
    if (u != v) visit(u);
  if (g.is_directed())
    for (const Vertex u : g.in_neighbors(v))
      if (u != v) visit(u);
}

// Peeling jumps from one queued vertex's row to the next: a cache miss per row, known ahead
// from the queue. Starting the loads kAhead entries early hides most of that latency (a fifth
// of the peel's time on an R-MAT scale-18 graph).
inline constexpr std::size_t kAhead = 8;

class RowPrefetcher {
 public:
  explicit RowPrefetcher(const CsrGraph& g)
      : out_offsets_(g.out_offsets().data()),
        out_targets_(g.out_targets().data()),
        in_offsets_(g.is_directed() ? g.in_offsets().data() : nullptr),
        in_sources_(g.is_directed() ? g.in_sources().data() : nullptr) {}

  void ahead_of(const std::vector<Vertex>& queue, std::size_t next) const {
    if (next + kAhead < queue.size()) {
      const Vertex v = queue[next + kAhead];
      prefetch(out_targets_ + out_offsets_[v]);
      if (in_offsets_) prefetch(in_sources_ + in_offsets_[v]);
    }
    if (next + 2 * kAhead < queue.size()) {
      const Vertex v = queue[next + 2 * kAhead];
      prefetch(out_offsets_ + v);
      if (in_offsets_) prefetch(in_offsets_ + v);
    }
  }

 private:
  const ArcIndex* out_offsets_;
  const Vertex* out_targets_;
  const ArcIndex* in_offsets_;
  const Vertex* in_sources_;
};

std::vector<Vertex> initial_degrees(const CsrGraph& g) {
  const std::int64_t n = g.num_nodes();
  std::vector<Vertex> degree(n);
#pragma omp parallel for schedule(dynamic, 4096) if (worth_parallel(g))
  for (std::int64_t v = 0; v < n; ++v) {
    Vertex d = 0;
    for_each_neighbor(g, static_cast<Vertex>(v), [&](Vertex) { ++d; });
    degree[v] = d;
  }
  return degree;
}

// What is left after a compaction: the smallest degree (the next level to peel) and the arcs
// still between remaining vertices (the sum of their degrees), which decides who peels next.
struct Remaining {
  Vertex level = std::numeric_limits<Vertex>::max();
  std::int64_t arcs = 0;
};

// Keeps the vertices of `remaining` whose degree is above `level`, in their current order (into
// `spare`, then swapped: both keep their capacity, so no window allocates or clears memory).
Remaining compact(std::vector<Vertex>& remaining, std::vector<Vertex>& spare,
                  const std::vector<Vertex>& degree, Vertex level) {
  const auto r = std::ssize(remaining);
  const std::int64_t blocks = (r + kCompactBlock - 1) / kCompactBlock;
  std::vector<std::int64_t> kept(blocks + 1, 0);
  std::vector<Remaining> block_rest(blocks);
#pragma omp parallel for schedule(static) if (blocks > 1)
  for (std::int64_t b = 0; b < blocks; ++b) {
    Remaining rest;
    for (std::int64_t i = b * kCompactBlock; i < std::min(r, (b + 1) * kCompactBlock); ++i)
      if (const Vertex d = degree[remaining[i]]; d > level) {
        ++kept[b + 1];
        rest.level = std::min(rest.level, d);
        rest.arcs += d;
      }
    block_rest[b] = rest;
  }
  for (std::int64_t b = 0; b < blocks; ++b) kept[b + 1] += kept[b];
  spare.resize(kept[blocks]);
#pragma omp parallel for schedule(static) if (blocks > 1)
  for (std::int64_t b = 0; b < blocks; ++b) {
    std::int64_t out = kept[b];
    for (std::int64_t i = b * kCompactBlock; i < std::min(r, (b + 1) * kCompactBlock); ++i)
      if (degree[remaining[i]] > level) spare[out++] = remaining[i];
  }
  remaining.swap(spare);
  Remaining rest;
  for (const Remaining& b : block_rest) {
    rest.level = std::min(rest.level, b.level);
    rest.arcs += b.arcs;
  }
  return rest;
}

// One thread's share of a window [low, low + kWindow): the vertices of each of the window's
// levels it found or dropped there (entries whose degree has since dropped further are stale and
// skipped), the level's queue, and which levels peeled anything (bit d: level low + d).
struct Lane {
  std::vector<std::vector<Vertex>> buckets = std::vector<std::vector<Vertex>>(kWindow);
  std::vector<Vertex> queue;
  std::uint64_t peeled = 0;

  void reset() {
    for (auto& bucket : buckets) bucket.clear();
    peeled = 0;
  }
};

// Takes one from a degree above `level` that other threads may be lowering too; returns the new
// degree, or -1 if it was not above. A compare-and-swap never lets a degree dip below the level
// even for a moment, so a degree equal to the level is stable for the whole level, and a vertex
// reaches each degree through exactly one thread's decrement.
Vertex decrement_shared(Vertex& degree, Vertex level) {
  std::atomic_ref<Vertex> d(degree);
  Vertex du = d.load(std::memory_order_relaxed);
  while (du > level)
    if (d.compare_exchange_weak(du, du - 1, std::memory_order_relaxed)) return du - 1;
  return -1;
}

template <bool Shared>
Vertex current(Vertex& degree) {
  if constexpr (Shared) return std::atomic_ref<Vertex>(degree).load(std::memory_order_relaxed);
  return degree;
}

// Peels this lane's vertices of degree `level` and every vertex its decrements bring to it.
template <bool Shared>
void peel_level(const CsrGraph& g, std::vector<Vertex>& degree, Vertex low, Vertex level,
                Lane& lane) {
  auto& queue = lane.queue;
  queue.clear();
  for (const Vertex v : lane.buckets[level - low])
    if (current<Shared>(degree[v]) == level) queue.push_back(v);
  const RowPrefetcher rows(g);
  for (std::size_t next = 0; next < queue.size(); ++next) {
    rows.ahead_of(queue, next);
    for_each_neighbor(g, queue[next], [&](Vertex u) {
      Vertex after;
      if constexpr (Shared) {
        after = decrement_shared(degree[u], level);
        if (after < 0) return;
      } else {
        if (degree[u] <= level) return;
        after = --degree[u];
      }
      if (after == level)
        queue.push_back(u);
      else if (after - low < kWindow)
        lane.buckets[after - low].push_back(u);
    });
  }
  if (!queue.empty()) lane.peeled |= std::uint64_t{1} << (level - low);
}

// Peels the levels [low, low + kWindow) on one thread; which of them peeled anything.
std::uint64_t peel_window(const CsrGraph& g, const std::vector<Vertex>& remaining,
                          std::vector<Vertex>& degree, Vertex low, Lane& lane) {
  lane.reset();
  for (const Vertex v : remaining)
    if (degree[v] - low < kWindow) lane.buckets[degree[v] - low].push_back(v);
  for (Vertex d = 0; d < kWindow; ++d) peel_level<false>(g, degree, low, low + d, lane);
  return lane.peeled;
}

// The same with every thread, one lane each: the window's vertices are bucketed by the thread
// that scans them, then each level is peeled by all threads at once (each from its own lane) and
// ends at a barrier, so the next level starts from settled degrees.
std::uint64_t peel_window_parallel(const CsrGraph& g, const std::vector<Vertex>& remaining,
                                   std::vector<Vertex>& degree, Vertex low,
                                   std::vector<Lane>& lanes) {
  const auto r = std::ssize(remaining);
  const auto threads = static_cast<int>(lanes.size());
  for (Lane& lane : lanes) lane.reset();  // all of them: the runtime may start fewer threads
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel num_threads(threads)
  {
    Lane& lane = lanes[omp_get_thread_num()];
#pragma omp for schedule(static)
    for (std::int64_t i = 0; i < r; ++i)
      if (const Vertex v = remaining[i]; degree[v] - low < kWindow)
        error.run([&] { lane.buckets[degree[v] - low].push_back(v); });
    // The implicit barrier above: no degree changes while any thread still buckets.
    for (Vertex d = 0; d < kWindow; ++d) {
      error.run([&] { peel_level<true>(g, degree, low, low + d, lane); });
#pragma omp barrier
    }
  }
  error.rethrow();
  std::uint64_t peeled = 0;
  for (const Lane& lane : lanes) peeled |= lane.peeled;
  return peeled;
}

}  // namespace

CoreNumberResult core_number(const CsrGraph& g) {
  CoreNumberResult result;
  std::vector<Vertex> degree = initial_degrees(g);
  std::vector<Vertex> remaining(g.num_nodes()), spare;
  spare.reserve(remaining.size());
  for (Vertex v = 0; v < g.num_nodes(); ++v) remaining[v] = v;
  std::vector<Lane> lanes(worth_parallel(g) ? std::max(1, omp_get_max_threads()) : 1);
  Remaining rest = compact(remaining, spare, degree, -1);
  while (!remaining.empty()) {
    const Vertex low = rest.level;
    const std::uint64_t peeled = lanes.size() > 1 && rest.arcs >= kParallelArcs
                                     ? peel_window_parallel(g, remaining, degree, low, lanes)
                                     : peel_window(g, remaining, degree, low, lanes.front());
    if (peeled != 0) {
      result.levels += std::popcount(peeled);
      result.max_core = low + 63 - std::countl_zero(peeled);
    }
    rest = compact(remaining, spare, degree, low + kWindow - 1);
  }
  result.core = std::move(degree);  // a peeled vertex's degree stops exactly at its level
  return result;
}

std::vector<Vertex> k_core_vertices(const CoreNumberResult& cores, Vertex k) {
  std::vector<Vertex> members;
  for (Vertex v = 0; v < static_cast<Vertex>(cores.core.size()); ++v)
    if (cores.core[v] >= k) members.push_back(v);
  return members;
}

Subgraph k_core(const CsrGraph& g, const KCoreOptions& options) {
  const CoreNumberResult cores = core_number(g);
  const Vertex k = options.k < 0 ? cores.max_core : options.k;
  const std::vector<Vertex> members = k_core_vertices(cores, k);
  return induced_subgraph(g, members);
}

}  // namespace innonet::structure
