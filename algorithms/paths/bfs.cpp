#include "algorithms/paths/bfs.hpp"

#include <atomic>
#include <limits>
#include <stdexcept>
#include <string>

#include "engine/parallel_error.hpp"

namespace innonet::paths {
namespace {

constexpr Vertex kUnclaimed = std::numeric_limits<Vertex>::max();  // parent sentinel during search
using Bitmap = std::vector<std::uint64_t>;

bool test_bit(const Bitmap& bits, Vertex v) { return (bits[v >> 6] >> (v & 63)) & 1U; }

void atomic_min(Vertex& slot, Vertex value) {
  std::atomic_ref<Vertex> ref(slot);
  Vertex seen = ref.load(std::memory_order_relaxed);
  while (value < seen && !ref.compare_exchange_weak(seen, value, std::memory_order_relaxed)) {
  }
}

struct Level {
  std::int64_t size = 0;          // vertices in the new frontier
  std::int64_t out_arcs = 0;      // their out-degrees summed (top-down cost of the next step)
  std::int64_t in_arcs_seen = 0;  // their in-degrees summed (leaves the bottom-up budget)
};

// Expands `queue` (vertices at distance `level`) into `next`.
Level top_down(const CsrGraph& g, const std::vector<Vertex>& queue, std::int32_t level,
               BfsResult& r, std::vector<Vertex>& next) {
  next.clear();
  Level out;
  std::int64_t out_arcs = 0, in_arcs = 0;
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel reduction(+ : out_arcs, in_arcs)
  {
    std::vector<Vertex> local;
#pragma omp for schedule(dynamic, 64) nowait
    for (std::int64_t i = 0; i < std::ssize(queue); ++i) {
      const Vertex u = queue[i];
      for (const Vertex v : g.out_neighbors(u)) {
        std::atomic_ref<std::int32_t> dist(r.distance[v]);
        std::int32_t seen = dist.load(std::memory_order_relaxed);
        if (seen == -1 && dist.compare_exchange_strong(seen, level + 1)) {
          error.run([&] { local.push_back(v); });
          out_arcs += g.out_degree(v);
          in_arcs += g.in_degree(v);
          seen = level + 1;
        }
        if (seen == level + 1) atomic_min(r.parent[v], u);
      }
    }
#pragma omp critical
    error.run([&] { next.insert(next.end(), local.begin(), local.end()); });
  }
  error.rethrow();
  out.size = std::ssize(next);
  out.out_arcs = out_arcs;
  out.in_arcs_seen = in_arcs;
  return out;
}

// Every unvisited vertex looks for a parent in `frontier`; whole 64-bit words per iteration, so
// no two threads write the same word of `next`.
Level bottom_up(const CsrGraph& g, const Bitmap& frontier, std::int32_t level, BfsResult& r,
                Bitmap& next) {
  const Vertex n = g.num_nodes();
  std::int64_t size = 0, out_arcs = 0, in_arcs = 0;
#pragma omp parallel for schedule(dynamic, 16) reduction(+ : size, out_arcs, in_arcs)
  for (std::int64_t w = 0; w < std::ssize(next); ++w) {
    std::uint64_t word = 0;
    const Vertex end = static_cast<Vertex>(std::min<std::int64_t>(n, (w + 1) * 64));
    for (Vertex v = static_cast<Vertex>(w * 64); v < end; ++v) {
      if (r.distance[v] != -1) continue;
      for (const Vertex u : g.in_neighbors(v)) {
        if (!test_bit(frontier, u)) continue;
        r.distance[v] = level + 1;
        r.parent[v] = u;
        word |= std::uint64_t{1} << (v & 63);
        ++size;
        out_arcs += g.out_degree(v);
        in_arcs += g.in_degree(v);
        break;
      }
    }
    next[w] = word;
  }
  return {size, out_arcs, in_arcs};
}

void queue_to_bitmap(const std::vector<Vertex>& queue, Bitmap& bits) {
  std::fill(bits.begin(), bits.end(), 0);
  for (const Vertex v : queue) bits[v >> 6] |= std::uint64_t{1} << (v & 63);
}

void bitmap_to_queue(const Bitmap& bits, std::vector<Vertex>& queue) {
  queue.clear();
  for (std::int64_t w = 0; w < std::ssize(bits); ++w)
    for (std::uint64_t word = bits[w]; word != 0; word &= word - 1)
      queue.push_back(static_cast<Vertex>(w * 64 + __builtin_ctzll(word)));
}

}  // namespace

BfsResult bfs(const CsrGraph& g, Vertex source, const BfsOptions& options) {
  const Vertex n = g.num_nodes();
  if (source < 0 || source >= n)
    throw std::invalid_argument("source: vertex " + std::to_string(source) + " is not in 0.." +
                                std::to_string(n - 1));
  BfsResult r;
  r.distance.assign(n, -1);
  r.parent.assign(n, kUnclaimed);
  r.distance[source] = 0;
  r.parent[source] = source;

  std::vector<Vertex> queue{source}, next_queue;
  Bitmap bits((n + 63) / 64, 0), next_bits(bits.size(), 0);
  bool bits_current = false;  // which representation holds the frontier
  Level frontier{1, g.out_degree(source), g.in_degree(source)};
  std::int64_t unexplored_in_arcs = g.num_arcs() - frontier.in_arcs_seen;
  std::int32_t level = 0;
  while (frontier.size > 0) {
    bool use_bottom_up = options.strategy == BfsStrategy::bottom_up;
    if (options.strategy == BfsStrategy::direction_optimizing)
      use_bottom_up = bits_current ? frontier.size >= static_cast<double>(n) / options.beta
                                   : frontier.out_arcs > unexplored_in_arcs / options.alpha;
    if (use_bottom_up) {
      if (!bits_current) queue_to_bitmap(queue, bits);
      frontier = bottom_up(g, bits, level, r, next_bits);
      bits.swap(next_bits);
      bits_current = true;
      ++r.bottom_up_levels;
    } else {
      if (bits_current) bitmap_to_queue(bits, queue);
      frontier = top_down(g, queue, level, r, next_queue);
      queue.swap(next_queue);
      bits_current = false;
    }
    unexplored_in_arcs -= frontier.in_arcs_seen;
    ++level;
  }
  r.levels = level;
  for (Vertex v = 0; v < n; ++v) {
    if (r.parent[v] == kUnclaimed) r.parent[v] = kNoVertex;
    if (r.distance[v] >= 0) ++r.reached;
  }
  return r;
}

}  // namespace innonet::paths
