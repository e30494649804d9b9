#include "algorithms/centrality/clustering.hpp"

#include <algorithm>
#include <cmath>

#include "algorithms/centrality/neighborhood.hpp"
#include "algorithms/structure/triangles.hpp"
#include "engine/parallel_error.hpp"

namespace innonet::centrality {
namespace {

// s_uw for every union-neighbour entry (see the header), parallel to UnionNeighborhood rows.
std::vector<std::vector<double>> tie_strengths(const CsrGraph& g, const UnionNeighborhood& nb,
                                               bool weighted) {
  const Vertex n = g.num_nodes();
  double w_max = 1.0;
  if (weighted) {
    const auto w = g.out_weight_array();
    w_max = w.empty() ? 1.0 : *std::max_element(w.begin(), w.end());
    if (!(w_max > 0.0)) w_max = 1.0;
  }
  const auto strength = [&](double a) {
    if (!weighted) return a;
    return std::cbrt(a / w_max);
  };
  std::vector<std::vector<double>> s(n);
#pragma omp parallel for schedule(dynamic, 256) if (n > kParallelLight)
  for (Vertex v = 0; v < n; ++v) {
    const auto a_out = nb.out_weight(v), a_in = nb.in_weight(v);
    s[v].resize(a_out.size());
    for (std::size_t i = 0; i < a_out.size(); ++i)
      s[v][i] = g.is_directed() ? strength(a_out[i]) + strength(a_in[i]) : strength(a_out[i]);
  }
  return s;
}

double denominator(const CsrGraph& g, const UnionNeighborhood& nb, Vertex v) {
  const auto a_out = nb.out_weight(v), a_in = nb.in_weight(v);
  const double d = static_cast<double>(a_out.size());
  if (!g.is_directed()) return d * (d - 1.0);
  double total = 0.0, reciprocal = 0.0;
  for (std::size_t i = 0; i < a_out.size(); ++i) {
    total += (a_out[i] != 0.0) + (a_in[i] != 0.0);
    reciprocal += a_out[i] != 0.0 && a_in[i] != 0.0;
  }
  return 2.0 * (total * (total - 1.0) - 2.0 * reciprocal);
}

// True when no row repeats a neighbour or holds a self-loop (rows are sorted by the builder).
bool is_simple(const CsrGraph& g) {
  const Vertex n = g.num_nodes();
  bool simple = true;
#pragma omp parallel for schedule(static) reduction(&& : simple) if (n > kParallelLight)
  for (Vertex v = 0; v < n; ++v) {
    const auto row = g.out_neighbors(v);
    for (std::size_t i = 0; i < row.size(); ++i)
      simple = simple && row[i] != v && (i == 0 || row[i - 1] < row[i]);
  }
  return simple;
}

// Unweighted simple undirected graphs: c(v) = 2 t(v) / (d (d - 1)) from the triangle counter
// (algorithms/structure/triangles.hpp), which orients edges by degree and touches each triangle
// once, instead of the general union-neighbourhood sum below, which visits it from every corner.
std::vector<double> from_triangle_counts(const CsrGraph& g) {
  const auto t = structure::triangles(g).per_vertex;
  std::vector<double> score(g.num_nodes(), 0.0);
  for (Vertex v = 0; v < g.num_nodes(); ++v) {
    const double d = static_cast<double>(g.out_degree(v));
    if (t[v] > 0) score[v] = 2.0 * static_cast<double>(t[v]) / (d * (d - 1.0));
  }
  return score;
}

}  // namespace

std::vector<double> clustering(const CsrGraph& g, const ClusteringOptions& options) {
  check_weights(g, options.weights, ZeroWeights::allowed, "weights");
  const Vertex n = g.num_nodes();
  const bool weighted = reads_weights(g, options.weights);
  if (!g.is_directed() && !weighted && is_simple(g)) return from_triangle_counts(g);
  const UnionNeighborhood nb(g, options.weights);
  const auto s = tie_strengths(g, nb, weighted);
  std::vector<double> score(n, 0.0);
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel if (n > kParallelHeavy)
  {
    std::vector<double> mark;  // s_vk for k ∈ N(v), else 0
    error.run([&] { mark.assign(n, 0.0); });
#pragma omp for schedule(dynamic, 64)
    for (Vertex v = 0; v < n; ++v) {
      if (error.failed()) continue;
      const auto nv = nb.neighbors(v);
      if (nv.size() < 2) continue;
      for (std::size_t i = 0; i < nv.size(); ++i) mark[nv[i]] = s[v][i];
      double triangles = 0.0;
      for (std::size_t i = 0; i < nv.size(); ++i) {
        const Vertex j = nv[i];
        const auto nj = nb.neighbors(j);
        double around = 0.0;
        for (std::size_t t = 0; t < nj.size(); ++t) around += s[j][t] * mark[nj[t]];
        triangles += s[v][i] * around;
      }
      for (const Vertex u : nv) mark[u] = 0.0;
      const double denom = denominator(g, nb, v);
      score[v] = triangles == 0.0 || denom <= 0.0 ? 0.0 : triangles / denom;
    }
  }
  error.rethrow();
  return score;
}

}  // namespace innonet::centrality
