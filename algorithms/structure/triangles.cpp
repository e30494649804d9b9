#include "algorithms/structure/triangles.hpp"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <stdexcept>

#include "algorithms/structure/parallel_threshold.hpp"
#include "engine/parallel_error.hpp"

namespace innonet::structure {

namespace {

inline constexpr std::int64_t kRowChunk = 256;  // dynamic schedule chunk for the counting loop

// The degree-oriented graph in rank space: vertices renumbered by (degree, id), so the
// high-degree vertices every out-row points at sit together at the end of the marker array
// (cache-friendly); row r holds the distinct higher ranks adjacent to order[r], increasing.
struct Oriented {
  std::vector<Vertex> order;  // order[rank] = vertex
  std::vector<std::int64_t> offsets;
  std::vector<Vertex> targets;
};

// Vertices sorted by (degree, id): a counting sort by degree, stable in id.
std::vector<Vertex> degree_order(const CsrGraph& g) {
  const Vertex n = g.num_nodes();
  ArcIndex max_degree = 0;
  for (Vertex v = 0; v < n; ++v) max_degree = std::max(max_degree, g.out_degree(v));
  std::vector<std::int64_t> start(static_cast<std::size_t>(max_degree) + 2, 0);
  for (Vertex v = 0; v < n; ++v) ++start[g.out_degree(v) + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<Vertex> order(n);
  for (Vertex v = 0; v < n; ++v) order[start[g.out_degree(v)]++] = v;
  return order;
}

Oriented orient_by_degree(const CsrGraph& g) {
  const std::int64_t n = g.num_nodes();
  const bool parallel = worth_parallel(g);
  Oriented o;
  o.order = degree_order(g);
  std::vector<Vertex> rank(n);
#pragma omp parallel for schedule(static) if (parallel)
  for (std::int64_t r = 0; r < n; ++r) rank[o.order[r]] = static_cast<Vertex>(r);
  // Higher-ranked neighbours of the vertex at rank r (parallel arcs appear once: rows are
  // sorted, so repeats are adjacent).
  auto for_each_up = [&](std::int64_t r, auto&& visit) {
    Vertex previous = kNoVertex;
    for (const Vertex v : g.out_neighbors(o.order[r])) {
      if (v != previous && rank[v] > r) visit(rank[v]);
      previous = v;
    }
  };
  o.offsets.assign(n + 1, 0);
#pragma omp parallel for schedule(dynamic, 4096) if (parallel)
  for (std::int64_t r = 0; r < n; ++r) {
    std::int64_t count = 0;
    for_each_up(r, [&](Vertex) { ++count; });
    o.offsets[r + 1] = count;
  }
  std::partial_sum(o.offsets.begin(), o.offsets.end(), o.offsets.begin());
  o.targets.resize(o.offsets[n]);
#pragma omp parallel for schedule(dynamic, 4096) if (parallel)
  for (std::int64_t r = 0; r < n; ++r) {
    std::int64_t out = o.offsets[r];
    for_each_up(r, [&](Vertex q) { o.targets[out++] = q; });
    std::sort(o.targets.begin() + o.offsets[r], o.targets.begin() + out);
  }
  return o;
}

void add(std::vector<std::int64_t>& counts, Vertex v, std::int64_t amount) {
  std::atomic_ref<std::int64_t>(counts[v]).fetch_add(amount, std::memory_order_relaxed);
}

}  // namespace

TriangleResult triangles(const CsrGraph& g, const TriangleOptions& options) {
  if (g.is_directed())
    throw std::invalid_argument("triangles: the graph must be undirected (project it undirected)");
  const std::int64_t n = g.num_nodes();
  const Oriented o = orient_by_degree(g);
  const bool per_vertex = options.output == TriangleOutput::per_vertex;
  TriangleResult result;
  std::vector<std::int64_t> per_rank(per_vertex ? n : 0, 0);
  std::int64_t total = 0;
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel reduction(+ : total) if (worth_parallel(g))
  {
    std::vector<Vertex> mark;  // mark[w] == u: w is in out(u)
    error.run([&] { mark.assign(n, kNoVertex); });
#pragma omp for schedule(dynamic, kRowChunk)
    for (std::int64_t u = 0; u < n; ++u) {
      if (error.failed()) continue;
      const auto begin = o.offsets[u], end = o.offsets[u + 1];
      if (end - begin < 2) continue;
      for (auto a = begin; a < end; ++a) mark[o.targets[a]] = static_cast<Vertex>(u);
      std::int64_t found_at_u = 0;
      for (auto a = begin; a < end; ++a) {
        const Vertex v = o.targets[a];
        std::int64_t found_at_v = 0;
        for (auto b = o.offsets[v]; b < o.offsets[v + 1]; ++b) {
          const Vertex w = o.targets[b];
          if (mark[w] != u) continue;
          ++found_at_v;
          if (per_vertex) add(per_rank, w, 1);
        }
        found_at_u += found_at_v;
        if (per_vertex && found_at_v > 0) add(per_rank, v, found_at_v);
      }
      total += found_at_u;
      if (per_vertex && found_at_u > 0) add(per_rank, static_cast<Vertex>(u), found_at_u);
    }
  }
  error.rethrow();
  result.total = total;  // an integer reduction: exact and order-independent
  if (per_vertex) {
    result.per_vertex.resize(n);
    for (std::int64_t r = 0; r < n; ++r) result.per_vertex[o.order[r]] = per_rank[r];
  }
  return result;
}

}  // namespace innonet::structure
