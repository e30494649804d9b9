#include "algorithms/structure/triangles.hpp"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <stdexcept>

#include "algorithms/structure/parallel_threshold.hpp"

namespace innonet::structure {

namespace {

inline constexpr std::int64_t kRowChunk = 256;  // dynamic schedule chunk for the counting loop

// The degree-oriented graph: for each vertex, its distinct neighbours of higher (degree, id)
// rank, in increasing vertex id. Built in parallel; every row is written by its own vertex.
struct Oriented {
  std::vector<std::int64_t> offsets;
  std::vector<Vertex> targets;
};

Oriented orient_by_degree(const CsrGraph& g) {
  const std::int64_t n = g.num_nodes();
  auto higher = [&g](Vertex u, Vertex v) {
    const ArcIndex du = g.out_degree(u), dv = g.out_degree(v);
    return du < dv || (du == dv && u < v);
  };
  // A neighbour counts if it ranks higher and differs from the previous one (rows are sorted,
  // so parallel arcs are adjacent).
  auto for_each_up = [&](Vertex u, auto&& visit) {
    Vertex previous = kNoVertex;
    for (const Vertex v : g.out_neighbors(u)) {
      if (v != previous && v != u && higher(u, v)) visit(v);
      previous = v;
    }
  };
  const bool parallel = worth_parallel(g);
  Oriented o;
  o.offsets.assign(n + 1, 0);
#pragma omp parallel for schedule(dynamic, 4096) if (parallel)
  for (std::int64_t u = 0; u < n; ++u) {
    std::int64_t count = 0;
    for_each_up(static_cast<Vertex>(u), [&](Vertex) { ++count; });
    o.offsets[u + 1] = count;
  }
  std::partial_sum(o.offsets.begin(), o.offsets.end(), o.offsets.begin());
  o.targets.resize(o.offsets[n]);
#pragma omp parallel for schedule(dynamic, 4096) if (parallel)
  for (std::int64_t u = 0; u < n; ++u) {
    std::int64_t out = o.offsets[u];
    for_each_up(static_cast<Vertex>(u), [&](Vertex v) { o.targets[out++] = v; });
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
  if (per_vertex) result.per_vertex.assign(n, 0);
  std::int64_t total = 0;
#pragma omp parallel reduction(+ : total) if (worth_parallel(g))
  {
    std::vector<Vertex> mark(n, kNoVertex);  // mark[w] == u: w is in out(u)
#pragma omp for schedule(dynamic, kRowChunk)
    for (std::int64_t u = 0; u < n; ++u) {
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
          if (per_vertex) add(result.per_vertex, w, 1);
        }
        found_at_u += found_at_v;
        if (per_vertex && found_at_v > 0) add(result.per_vertex, v, found_at_v);
      }
      total += found_at_u;
      if (per_vertex && found_at_u > 0) add(result.per_vertex, static_cast<Vertex>(u), found_at_u);
    }
  }
  result.total = total;  // an integer reduction: exact and order-independent
  return result;
}

}  // namespace innonet::structure
