#include "algorithms/paths/bfs.hpp"

#include <atomic>
#include <limits>
#include <stdexcept>
#include <string>

#include "engine/parallel_error.hpp"
#include "engine/reserve_huge.hpp"

namespace innonet::paths {
namespace {

using Bitmap = std::vector<std::uint64_t>;

// The smaller parent wins; kNoVertex (-1), the value before any, compares above every vertex
// (as unsigned), so unreached vertices need no pass at the end to restore it.
void atomic_min_parent(Vertex& slot, Vertex value) {
  std::atomic_ref<Vertex> ref(slot);
  Vertex seen = ref.load(std::memory_order_relaxed);
  while (static_cast<std::uint32_t>(value) < static_cast<std::uint32_t>(seen) &&
         !ref.compare_exchange_weak(seen, value, std::memory_order_relaxed)) {
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
        if (seen == level + 1) atomic_min_parent(r.parent[v], u);
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

// Every vertex not yet `done` looks for a parent in `frontier`; whole 64-bit words per iteration,
// so no two threads write the same word of `next` or `done`. `done` marks the vertices visited
// so far and those without in-arcs (no frontier can reach them), so a level touches the in-rows
// of the pending vertices only and skips 64 settled ones per word read: on power-law graphs most
// vertices are settled or unreachable after the first bottom-up level.
Level bottom_up(const CsrGraph& g, const Bitmap& frontier, std::int32_t level, BfsResult& r,
                Bitmap& done, Bitmap& next) {
  const auto offsets = g.in_offsets();
  const auto sources = g.in_sources();
  const std::uint64_t* front = frontier.data();
  std::int32_t* distance = r.distance.data();
  Vertex* parent = r.parent.data();
  std::int64_t size = 0, in_arcs = 0;
#pragma omp parallel for schedule(dynamic, 64) reduction(+ : size, in_arcs)
  for (std::int64_t w = 0; w < std::ssize(next); ++w) {
    std::uint64_t found = 0;
    for (std::uint64_t pending = ~done[w]; pending != 0; pending &= pending - 1) {
      const auto v = static_cast<Vertex>(w * 64 + __builtin_ctzll(pending));
      const ArcIndex end = offsets[v + 1];
      for (ArcIndex a = offsets[v]; a < end; ++a) {
        const Vertex u = sources[a];
        if (((front[u >> 6] >> (u & 63)) & 1U) == 0) continue;
        distance[v] = level + 1;
        parent[v] = u;
        found |= std::uint64_t{1} << (v & 63);
        in_arcs += end - offsets[v];
        break;
      }
    }
    next[w] = found;
    done[w] |= found;
    size += __builtin_popcountll(found);
  }
  return {size, 0, in_arcs};  // out_arcs: unused, the next top-down level counts its own
}

// done = visited, or without in-arcs, or past the last vertex (the tail of the last word).
void mark_done(const CsrGraph& g, const BfsResult& r, Bitmap& done) {
  const std::int64_t n = g.num_nodes();
  const ArcIndex* offsets = g.in_offsets().data();
  const std::int32_t* distance = r.distance.data();
#pragma omp parallel for schedule(static) if (n >= (1 << 16))
  for (std::int64_t w = 0; w < std::ssize(done); ++w) {
    std::uint64_t word = 0;
    if ((w + 1) * 64 <= n) {  // a whole word: no bounds test, so the loop vectorises
      for (int b = 0; b < 64; ++b) {
        const std::int64_t v = w * 64 + b;
        const bool settled = (distance[v] != -1) | (offsets[v + 1] == offsets[v]);
        word |= std::uint64_t{settled} << b;
      }
    } else {
      for (int b = 0; b < 64; ++b) {
        const std::int64_t v = w * 64 + b;
        if (v >= n || distance[v] != -1 || offsets[v + 1] == offsets[v])
          word |= std::uint64_t{1} << b;
      }
    }
    done[w] = word;
  }
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
  reserve_huge(r.distance, n);
  reserve_huge(r.parent, n);
  r.distance.assign(n, -1);
  r.parent.assign(n, kNoVertex);
  r.distance[source] = 0;
  r.parent[source] = source;

  std::vector<Vertex> queue{source}, next_queue;
  Bitmap bits((n + 63) / 64, 0), next_bits(bits.size(), 0), done(bits.size(), 0);
  bool bits_current = false;  // which representation holds the frontier
  Level frontier{1, g.out_degree(source), g.in_degree(source)};
  std::int64_t unexplored_in_arcs = g.num_arcs() - frontier.in_arcs_seen;
  std::int32_t level = 0;
  std::int64_t reached = 0;
  while (frontier.size > 0) {
    reached += frontier.size;
    bool use_bottom_up = options.strategy == BfsStrategy::bottom_up;
    if (options.strategy == BfsStrategy::direction_optimizing)
      use_bottom_up = bits_current ? frontier.size >= static_cast<double>(n) / options.beta
                                   : frontier.out_arcs > unexplored_in_arcs / options.alpha;
    if (use_bottom_up) {
      if (!bits_current) {
        queue_to_bitmap(queue, bits);
        mark_done(g, r, done);  // top-down levels since the last bottom-up one left it stale
      }
      frontier = bottom_up(g, bits, level, r, done, next_bits);
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
  r.reached = static_cast<Vertex>(reached);
  return r;
}

}  // namespace innonet::paths
