#include "algorithms/structure/k_core.hpp"

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <stdexcept>

#include "algorithms/structure/parallel_threshold.hpp"
#include "engine/csr_build.hpp"

namespace innonet::structure {

namespace {

inline constexpr std::int64_t kCompactBlock = 1 << 14;  // fixed block for the compaction scan
// From the first level with fewer vertices than this, the rest is peeled on one thread.
inline constexpr std::int64_t kParallelPeel = 1 << 10;

template <class Visit>
void for_each_neighbor(const CsrGraph& g, Vertex v, Visit&& visit) {
  for (const Vertex u : g.out_neighbors(v))
    if (u != v) visit(u);
  if (g.is_directed())
    for (const Vertex u : g.in_neighbors(v))
      if (u != v) visit(u);
}

// Peeling jumps from one queued vertex's row to the next: a cache miss per row, known ahead
// from the queue. Starting the loads kAhead entries early hides most of that latency (a third
// of the serial peel's time on R-MAT graphs).
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
      __builtin_prefetch(out_targets_ + out_offsets_[v]);
      if (in_offsets_) __builtin_prefetch(in_sources_ + in_offsets_[v]);
    }
    if (next + 2 * kAhead < queue.size()) {
      const Vertex v = queue[next + 2 * kAhead];
      __builtin_prefetch(out_offsets_ + v);
      if (in_offsets_) __builtin_prefetch(in_offsets_ + v);
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

// The next level to peel: the smallest degree among the remaining vertices, and how many have it.
struct NextLevel {
  Vertex level = std::numeric_limits<Vertex>::max();
  std::int64_t count = 0;
};

// Keeps the vertices of `remaining` whose degree is above `level`, in their current order (into
// `spare`, then swapped: both keep their capacity, so no level allocates or clears memory).
NextLevel compact(std::vector<Vertex>& remaining, std::vector<Vertex>& spare,
                  const std::vector<Vertex>& degree, Vertex level) {
  const auto r = std::ssize(remaining);
  const std::int64_t blocks = (r + kCompactBlock - 1) / kCompactBlock;
  std::vector<std::int64_t> kept(blocks + 1, 0);
  std::vector<NextLevel> block_next(blocks);
#pragma omp parallel for schedule(static) if (blocks > 1)
  for (std::int64_t b = 0; b < blocks; ++b) {
    NextLevel next;
    for (std::int64_t i = b * kCompactBlock; i < std::min(r, (b + 1) * kCompactBlock); ++i)
      if (const Vertex d = degree[remaining[i]]; d > level) {
        ++kept[b + 1];
        if (d < next.level) next = {d, 0};
        if (d == next.level) ++next.count;
      }
    block_next[b] = next;
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
  NextLevel next;
  for (const NextLevel& b : block_next) {
    if (b.level < next.level) next = {b.level, 0};
    if (b.level == next.level) next.count += b.count;
  }
  return next;
}

// Peels every remaining vertex on one thread, kWindow levels per scan of `remaining`: the
// vertices of the window's levels are bucketed once, and a decrement that lands inside the
// window appends the vertex to its new level's bucket (entries whose degree has since dropped
// further are skipped). A power-law graph ends in hundreds of tiny levels; scanning the
// remaining vertices for each of them cost as much as the peeling itself.
class WindowedPeel {
 public:
  static constexpr Vertex kWindow = 64;

  WindowedPeel(const CsrGraph& g, std::vector<Vertex>& degree) : g_(g), degree_(degree) {}

  void run(std::vector<Vertex>& remaining, std::vector<Vertex>& spare, NextLevel next,
           CoreNumberResult& result) {
    while (!remaining.empty()) {
      low_ = next.level;
      for (auto& bucket : buckets_) bucket.clear();
      for (const Vertex v : remaining)
        if (degree_[v] - low_ < kWindow) buckets_[degree_[v] - low_].push_back(v);
      Vertex last = low_;
      for (Vertex d = 0; d < kWindow; ++d)
        if (peel_level(low_ + d)) {
          ++result.levels;
          result.max_core = last = low_ + d;
        }
      next = compact(remaining, spare, degree_, std::max(last, low_ + kWindow - 1));
    }
  }

 private:
  // Peels the unpeeled vertices of degree `level` and all that fall to it; whether any did.
  bool peel_level(Vertex level) {
    queue_.clear();
    for (const Vertex v : buckets_[level - low_])
      if (degree_[v] == level) queue_.push_back(v);
    const RowPrefetcher prefetch(g_);
    for (std::size_t next = 0; next < queue_.size(); ++next) {
      prefetch.ahead_of(queue_, next);
      for_each_neighbor(g_, queue_[next], [&](Vertex u) {
        const Vertex du = degree_[u];
        if (du <= level) return;
        degree_[u] = du - 1;
        if (du - 1 == level)
          queue_.push_back(u);
        else if (du - 1 - low_ < kWindow)
          buckets_[du - 1 - low_].push_back(u);
      });
    }
    return !queue_.empty();
  }

  const CsrGraph& g_;
  std::vector<Vertex>& degree_;
  Vertex low_ = 0;
  std::vector<std::vector<Vertex>> buckets_ = std::vector<std::vector<Vertex>>(kWindow);
  std::vector<Vertex> queue_;
};

// The same with every thread: the level's vertices are found in parallel, then each thread peels
// from its own queue, decrementing with atomics (a vertex dropped to `level` is queued by the
// thread whose decrement did it, exactly once).
void peel_level_parallel(const CsrGraph& g, const std::vector<Vertex>& remaining,
                         std::vector<Vertex>& degree, Vertex level) {
  const auto r = std::ssize(remaining);
#pragma omp parallel
  {
    std::vector<Vertex> queue;
#pragma omp for schedule(static)
    for (std::int64_t i = 0; i < r; ++i)
      if (degree[remaining[i]] == level) queue.push_back(remaining[i]);
    // The implicit barrier above: every vertex already at `level` is queued exactly once.
    const RowPrefetcher prefetch(g);
    for (std::size_t next = 0; next < queue.size(); ++next) {
      prefetch.ahead_of(queue, next);
      for_each_neighbor(g, queue[next], [&](Vertex u) {
        std::atomic_ref<Vertex> du(degree[u]);
        if (du.load(std::memory_order_relaxed) <= level) return;
        const Vertex before = du.fetch_sub(1, std::memory_order_relaxed);
        if (before == level + 1) queue.push_back(u);
        if (before <= level) du.fetch_add(1, std::memory_order_relaxed);  // lost a race; undo
      });
    }
  }
}

}  // namespace

CoreNumberResult core_number(const CsrGraph& g) {
  CoreNumberResult result;
  std::vector<Vertex> degree = initial_degrees(g);
  std::vector<Vertex> remaining(g.num_nodes()), spare;
  spare.reserve(remaining.size());
  for (Vertex v = 0; v < g.num_nodes(); ++v) remaining[v] = v;
  const bool threads = omp_get_max_threads() > 1;
  NextLevel next = compact(remaining, spare, degree, -1);
  // Large levels are peeled by every thread; from the first small one on (a power-law graph's
  // long tail of small levels), one thread peels the rest, a window of levels per scan.
  while (!remaining.empty() && threads && next.count >= kParallelPeel) {
    peel_level_parallel(g, remaining, degree, next.level);
    ++result.levels;
    result.max_core = next.level;
    next = compact(remaining, spare, degree, next.level);
  }
  WindowedPeel(g, degree).run(remaining, spare, next, result);
  result.core = std::move(degree);  // a peeled vertex's degree stops exactly at its level
  return result;
}

std::vector<Vertex> k_core_vertices(const CoreNumberResult& cores, Vertex k) {
  std::vector<Vertex> members;
  for (Vertex v = 0; v < static_cast<Vertex>(cores.core.size()); ++v)
    if (cores.core[v] >= k) members.push_back(v);
  return members;
}

Subgraph induced_subgraph(const CsrGraph& g, std::span<const Vertex> vertices) {
  std::vector<Vertex> position(g.num_nodes(), kNoVertex);
  for (std::size_t i = 0; i < vertices.size(); ++i) {
    const Vertex v = vertices[i];
    if (v < 0 || v >= g.num_nodes() || (i > 0 && v <= vertices[i - 1]))
      throw std::invalid_argument(
          "induced_subgraph: vertices must be sorted, distinct and in range");
    position[v] = static_cast<Vertex>(i);
  }
  EdgeList edges;
  edges.num_nodes = static_cast<Vertex>(vertices.size());
  const auto targets = g.out_targets();
  const auto weights = g.out_weight_array();
  for (const Vertex u : vertices)
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      const Vertex v = targets[a];
      // Undirected graphs store each edge twice: keep the copy with u <= v.
      if (position[v] == kNoVertex || (!g.is_directed() && v < u)) continue;
      edges.sources.push_back(position[u]);
      edges.targets.push_back(position[v]);
      if (g.is_weighted()) edges.weights.push_back(weights[a]);
    }
  Subgraph result;
  result.graph = build_csr(edges, {.direction = g.direction(), .merge = MergeRule::keep});
  result.original.assign(vertices.begin(), vertices.end());
  return result;
}

Subgraph k_core(const CsrGraph& g, const KCoreOptions& options) {
  const CoreNumberResult cores = core_number(g);
  const Vertex k = options.k < 0 ? cores.max_core : options.k;
  const std::vector<Vertex> members = k_core_vertices(cores, k);
  return induced_subgraph(g, members);
}

}  // namespace innonet::structure
