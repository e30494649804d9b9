#pragma once
// Serial, obviously-right twins of the centrality kernels (algorithms/centrality/), for
// comparison on many small random graphs: dense matrices, Floyd–Warshall, the textbook formulas.
// O(n³) where that makes them simpler; never used outside tests.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::reference {

using Matrix = std::vector<std::vector<double>>;

// W[u][v] = weight of u→v (1 when unweighted or when weights are ignored), 0 when absent.
inline Matrix dense_weights(const CsrGraph& g, bool use_weights) {
  const Vertex n = g.num_nodes();
  Matrix w(n, std::vector<double>(n, 0.0));
  for (Vertex u = 0; u < n; ++u) {
    const auto row = g.out_neighbors(u);
    const auto ws = g.out_weights(u);
    for (std::size_t i = 0; i < row.size(); ++i)
      w[u][row[i]] += use_weights && !ws.empty() ? ws[i] : 1.0;
  }
  return w;
}

inline bool same_length(double a, double b, double tolerance) {
  return std::abs(a - b) <= tolerance * std::max(std::abs(a), std::abs(b));
}

// All-pairs distances (Floyd–Warshall) and shortest-path counts σ(s,t) (by DP in order of
// distance from s), with lengths equal within a relative tolerance.
struct AllPairs {
  Matrix dist, sigma;
};

inline AllPairs all_pairs(const Matrix& w, double tolerance) {
  const auto n = w.size();
  const double inf = std::numeric_limits<double>::infinity();
  AllPairs p{Matrix(n, std::vector<double>(n, inf)), Matrix(n, std::vector<double>(n, 0.0))};
  for (std::size_t u = 0; u < n; ++u) {
    p.dist[u][u] = 0.0;
    for (std::size_t v = 0; v < n; ++v)
      if (u != v && w[u][v] > 0.0) p.dist[u][v] = std::min(p.dist[u][v], w[u][v]);
  }
  for (std::size_t k = 0; k < n; ++k)
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j)
        if (p.dist[i][k] + p.dist[k][j] < p.dist[i][j]) p.dist[i][j] = p.dist[i][k] + p.dist[k][j];
  for (std::size_t s = 0; s < n; ++s) {
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](auto a, auto b) { return p.dist[s][a] < p.dist[s][b]; });
    p.sigma[s][s] = 1.0;
    for (const auto t : order) {
      if (t == s || p.dist[s][t] == inf) continue;
      for (std::size_t u = 0; u < n; ++u)
        if (u != t && w[u][t] > 0.0 && p.dist[s][u] < p.dist[s][t] &&
            same_length(p.dist[s][u] + w[u][t], p.dist[s][t], tolerance))
          p.sigma[s][t] += p.sigma[s][u];
    }
  }
  return p;
}

// Ordered-pair betweenness Σ_{s≠v≠t} σ_st(v)/σ_st (no rescaling).
inline std::vector<double> betweenness_sums(const AllPairs& p, double tolerance) {
  const auto n = p.dist.size();
  std::vector<double> b(n, 0.0);
  for (std::size_t s = 0; s < n; ++s)
    for (std::size_t t = 0; t < n; ++t) {
      if (s == t || p.sigma[s][t] == 0.0) continue;
      for (std::size_t v = 0; v < n; ++v)
        if (v != s && v != t && p.sigma[s][v] > 0.0 && p.sigma[v][t] > 0.0 &&
            same_length(p.dist[s][v] + p.dist[v][t], p.dist[s][t], tolerance))
          b[v] += p.sigma[s][v] * p.sigma[v][t] / p.sigma[s][t];
    }
  return b;
}

// Ordered-pair edge betweenness of arc u→v: Σ_{s,t} σ(s,u)·σ(v,t)/σ(s,t) over pairs whose
// shortest paths use the arc.
inline Matrix edge_betweenness_sums(const Matrix& w, const AllPairs& p, double tolerance) {
  const auto n = w.size();
  Matrix b(n, std::vector<double>(n, 0.0));
  for (std::size_t u = 0; u < n; ++u)
    for (std::size_t v = 0; v < n; ++v) {
      if (u == v || w[u][v] <= 0.0) continue;
      for (std::size_t s = 0; s < n; ++s)
        for (std::size_t t = 0; t < n; ++t)
          if (s != t && p.sigma[s][t] > 0.0 && p.sigma[s][u] > 0.0 && p.sigma[v][t] > 0.0 &&
              same_length(p.dist[s][u] + w[u][v] + p.dist[v][t], p.dist[s][t], tolerance))
            b[u][v] += p.sigma[s][u] * p.sigma[v][t] / p.sigma[s][t];
    }
  return b;
}

// Closeness (Wasserman–Faust) and harmonic, from distances *to* each node.
inline std::vector<double> closeness(const AllPairs& p) {
  const auto n = p.dist.size();
  std::vector<double> c(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    double total = 0.0, reach = 0.0;
    for (std::size_t u = 0; u < n; ++u)
      if (u != v && std::isfinite(p.dist[u][v])) total += p.dist[u][v], reach += 1.0;
    if (total > 0.0) c[v] = reach / total * reach / (n - 1.0);
  }
  return c;
}

inline std::vector<double> harmonic(const AllPairs& p) {
  const auto n = p.dist.size();
  std::vector<double> h(n, 0.0);
  for (std::size_t v = 0; v < n; ++v)
    for (std::size_t u = 0; u < n; ++u)
      if (u != v && std::isfinite(p.dist[u][v])) h[v] += 1.0 / p.dist[u][v];
  return h;
}

// Dense PageRank: x ← d (xᵀ P) + (d·dangling + 1 − d) p, P = row-normalised W.
inline std::vector<double> pagerank(const Matrix& w, double damping, std::vector<double> teleport,
                                    int sweeps) {
  const auto n = w.size();
  if (teleport.empty()) teleport.assign(n, 1.0);
  const double tsum = std::accumulate(teleport.begin(), teleport.end(), 0.0);
  for (double& t : teleport) t /= tsum;
  std::vector<double> x(n, 1.0 / n), out(n, 0.0);
  for (std::size_t u = 0; u < n; ++u) out[u] = std::accumulate(w[u].begin(), w[u].end(), 0.0);
  for (int it = 0; it < sweeps; ++it) {
    double dangling = 0.0;
    for (std::size_t u = 0; u < n; ++u)
      if (out[u] == 0.0) dangling += x[u];
    std::vector<double> next(n, 0.0);
    for (std::size_t u = 0; u < n; ++u)
      for (std::size_t v = 0; v < n; ++v)
        if (w[u][v] != 0.0) next[v] += damping * x[u] * w[u][v] / out[u];
    for (std::size_t v = 0; v < n; ++v)
      next[v] += (damping * dangling + 1.0 - damping) * teleport[v];
    x = next;
  }
  return x;
}

// Dense power iteration x ← Mᵀx (+x with `shift`), unit Euclidean norm: eigenvector centrality.
inline std::vector<double> eigenvector(const Matrix& w, int sweeps) {
  const auto n = w.size();
  std::vector<double> x(n, 1.0 / n);
  for (int it = 0; it < sweeps; ++it) {
    std::vector<double> next = x;
    for (std::size_t u = 0; u < n; ++u)
      for (std::size_t v = 0; v < n; ++v) next[v] += w[u][v] * x[u];
    double norm = 0.0;
    for (const double a : next) norm += a * a;
    norm = std::sqrt(norm);
    for (double& a : next) a /= norm;
    x = next;
  }
  return x;
}

// Katz by the linear system (I − αWᵀ) x = β, Gaussian elimination, then unit norm if asked.
inline std::vector<double> katz(const Matrix& w, double alpha, double beta, bool normalize) {
  const auto n = w.size();
  Matrix a(n, std::vector<double>(n + 1, 0.0));
  for (std::size_t v = 0; v < n; ++v) {
    for (std::size_t u = 0; u < n; ++u) a[v][u] = (u == v ? 1.0 : 0.0) - alpha * w[u][v];
    a[v][n] = beta;
  }
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t pivot = c;
    for (std::size_t r = c + 1; r < n; ++r)
      if (std::abs(a[r][c]) > std::abs(a[pivot][c])) pivot = r;
    std::swap(a[c], a[pivot]);
    for (std::size_t r = 0; r < n; ++r) {
      if (r == c) continue;
      const double f = a[r][c] / a[c][c];
      for (std::size_t k = c; k <= n; ++k) a[r][k] -= f * a[c][k];
    }
  }
  std::vector<double> x(n);
  double norm = 0.0;
  for (std::size_t v = 0; v < n; ++v) x[v] = a[v][n] / a[v][v], norm += x[v] * x[v];
  if (normalize)
    for (double& v : x) v /= std::sqrt(norm);
  return x;
}

// Ego-network measures from the mutual weights m = W + Wᵀ (self-loops dropped).
struct Holes {
  std::vector<double> constraint, effective_size;
};

inline Holes structural_holes(const Matrix& w) {
  const auto n = w.size();
  Matrix m(n, std::vector<double>(n, 0.0));
  for (std::size_t u = 0; u < n; ++u)
    for (std::size_t v = 0; v < n; ++v)
      if (u != v) m[u][v] = w[u][v] + w[v][u];
  const auto nb = [&](std::size_t u, std::size_t v) {
    return u != v && (w[u][v] != 0.0 || w[v][u] != 0.0);
  };
  const auto p = [&](std::size_t u, std::size_t v, bool by_max) {
    double norm = 0.0;
    for (std::size_t k = 0; k < n; ++k)
      if (nb(u, k)) norm = by_max ? std::max(norm, m[u][k]) : norm + m[u][k];
    return norm == 0.0 ? 0.0 : m[u][v] / norm;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  Holes h{std::vector<double>(n, nan), std::vector<double>(n, nan)};
  for (std::size_t v = 0; v < n; ++v) {
    double c = 0.0, e = 0.0;
    bool any = false;
    for (std::size_t j = 0; j < n; ++j) {
      if (!nb(v, j)) continue;
      any = true;
      double indirect = 0.0, redundancy = 0.0;
      for (std::size_t q = 0; q < n; ++q)
        if (nb(v, q))
          indirect += p(v, q, false) * p(q, j, false), redundancy += p(v, q, false) * p(j, q, true);
      c += (p(v, j, false) + indirect) * (p(v, j, false) + indirect);
      e += 1.0 - redundancy;
    }
    if (any) h.constraint[v] = c, h.effective_size[v] = e;
  }
  return h;
}

// Clustering: undirected 2·Σ_{j<k} (ŵ_vj ŵ_jk ŵ_kv)^(1/3)/(d(d−1)); directed per Fagiolo.
inline std::vector<double> clustering(const Matrix& w, bool directed, bool weighted) {
  const auto n = w.size();
  double w_max = 0.0;
  for (const auto& row : w)
    for (const double x : row) w_max = std::max(w_max, x);
  const auto a = [&](std::size_t u, std::size_t v) {
    if (u == v || w[u][v] == 0.0) return 0.0;
    return weighted ? std::cbrt(w[u][v] / w_max) : 1.0;
  };
  std::vector<double> c(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    double t = 0.0, total = 0.0, both = 0.0, deg = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
      if (j == i) continue;
      total += (w[i][j] != 0.0) + (w[j][i] != 0.0);
      both += w[i][j] != 0.0 && w[j][i] != 0.0;
      deg += w[i][j] != 0.0;
      for (std::size_t k = 0; k < n; ++k) {
        if (k == i || k == j) continue;
        if (directed)
          t += (a(i, j) + a(j, i)) * (a(j, k) + a(k, j)) * (a(k, i) + a(i, k));
        else
          t += a(i, j) * a(j, k) * a(k, i);
      }
    }
    const double denom = directed ? 2.0 * (total * (total - 1.0) - 2.0 * both) : deg * (deg - 1.0);
    c[i] = t == 0.0 ? 0.0 : t / denom;
  }
  return c;
}

}  // namespace innonet::reference
