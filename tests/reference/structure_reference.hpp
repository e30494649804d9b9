#pragma once
// Serial, obviously-right twins of the structure kernels (algorithms/structure/), for comparison
// on many small random graphs. Dense matrices and brute force wherever that is simplest; never
// used outside tests.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <set>
#include <utility>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::reference::structure {

using Matrix = std::vector<std::vector<int>>;

// Arc counts: a[u][v] = number of arcs u->v (undirected graphs: both directions, self-loop once).
inline Matrix arc_counts(const CsrGraph& g) {
  const Vertex n = g.num_nodes();
  Matrix a(n, std::vector<int>(n, 0));
  for (Vertex u = 0; u < n; ++u)
    for (const Vertex v : g.out_neighbors(u)) ++a[u][v];
  return a;
}

// Undirected multiplicity without self-loops: directed graphs as G.to_undirected() (0 or 1),
// undirected graphs keep parallel edges.
inline Matrix undirected_multiplicity(const CsrGraph& g) {
  const Matrix a = arc_counts(g);
  const auto n = a.size();
  Matrix m(n, std::vector<int>(n, 0));
  for (std::size_t u = 0; u < n; ++u)
    for (std::size_t v = 0; v < n; ++v)
      if (u != v) m[u][v] = g.is_directed() ? ((a[u][v] + a[v][u]) > 0 ? 1 : 0) : a[u][v];
  return m;
}

// Labels (smallest member) of the components of the undirected graph m, with vertex `skip`
// removed (label -1) and one copy of edge {cut_u, cut_v} removed.
inline std::vector<Vertex> component_labels(const Matrix& m, Vertex skip = -1, Vertex cut_u = -1,
                                            Vertex cut_v = -1) {
  const auto n = static_cast<Vertex>(m.size());
  std::vector<Vertex> label(n, -1);
  for (Vertex s = 0; s < n; ++s) {
    if (s == skip || label[s] != -1) continue;
    std::vector<Vertex> stack{s};
    label[s] = s;
    while (!stack.empty()) {
      const Vertex x = stack.back();
      stack.pop_back();
      for (Vertex y = 0; y < n; ++y) {
        int edges = m[x][y];
        if ((x == cut_u && y == cut_v) || (x == cut_v && y == cut_u)) --edges;
        if (edges <= 0 || y == skip || label[y] != -1) continue;
        label[y] = s;
        stack.push_back(y);
      }
    }
  }
  return label;
}

inline std::vector<Vertex> weak_labels(const CsrGraph& g) {
  return component_labels(undirected_multiplicity(g));
}

// The same labels by searching (arcs read both ways) from each unlabelled vertex in increasing
// order, so the first vertex of a search is its component's smallest: O(n + m), for graphs too
// large for the matrices above.
inline std::vector<Vertex> weak_labels_by_search(const CsrGraph& g) {
  std::vector<Vertex> label(g.num_nodes(), -1);
  std::vector<Vertex> stack;
  for (Vertex s = 0; s < g.num_nodes(); ++s) {
    if (label[s] != -1) continue;
    label[s] = s;
    stack.assign(1, s);
    while (!stack.empty()) {
      const Vertex u = stack.back();
      stack.pop_back();
      for (const auto row : {g.out_neighbors(u), g.in_neighbors(u)})
        for (const Vertex v : row)
          if (label[v] == -1) {
            label[v] = s;
            stack.push_back(v);
          }
    }
  }
  return label;
}

// u and v share a strong component iff each reaches the other (transitive closure).
inline std::vector<Vertex> strong_labels(const CsrGraph& g) {
  const Matrix a = arc_counts(g);
  const auto n = static_cast<Vertex>(a.size());
  std::vector<std::vector<char>> reach(n, std::vector<char>(n, 0));
  for (Vertex i = 0; i < n; ++i) reach[i][i] = 1;
  for (Vertex i = 0; i < n; ++i)
    for (Vertex j = 0; j < n; ++j)
      if (a[i][j] > 0) reach[i][j] = 1;
  for (Vertex k = 0; k < n; ++k)
    for (Vertex i = 0; i < n; ++i)
      for (Vertex j = 0; j < n; ++j)
        if (reach[i][k] && reach[k][j]) reach[i][j] = 1;
  std::vector<Vertex> label(n);
  for (Vertex v = 0; v < n; ++v) {
    label[v] = v;
    for (Vertex u = 0; u < v; ++u)
      if (reach[u][v] && reach[v][u]) {
        label[v] = u;
        break;
      }
  }
  return label;
}

inline Vertex count_components(const std::vector<Vertex>& label) {
  Vertex count = 0;
  for (Vertex v = 0; v < static_cast<Vertex>(label.size()); ++v) count += label[v] == v;
  return count;
}

// Sizes of the components (largest first) that contain a neighbour of `vertex`, once it is gone.
inline std::vector<Vertex> pieces_without(const Matrix& m, Vertex vertex) {
  const auto label = component_labels(m, vertex);
  std::vector<Vertex> size(m.size(), 0);
  for (const Vertex l : label)
    if (l >= 0) ++size[l];
  std::vector<char> touched(m.size(), 0);
  for (Vertex y = 0; y < static_cast<Vertex>(m.size()); ++y)
    if (m[vertex][y] > 0) touched[label[y]] = 1;
  std::vector<Vertex> sizes;
  for (std::size_t l = 0; l < m.size(); ++l)
    if (touched[l]) sizes.push_back(size[l]);
  std::sort(sizes.begin(), sizes.end(), std::greater<>());
  return sizes;
}

// Articulation points by brute force: removing the vertex raises the component count.
struct ArticulationTwin {
  Vertex vertex;
  std::vector<Vertex> piece_sizes;
};
inline std::vector<ArticulationTwin> articulation_points(const CsrGraph& g) {
  const Matrix m = undirected_multiplicity(g);
  const Vertex before = count_components(component_labels(m));
  std::vector<ArticulationTwin> points;
  for (Vertex v = 0; v < g.num_nodes(); ++v) {
    const Vertex after = count_components(component_labels(m, v));
    if (after > before)  // an isolated vertex lowers the count; a leaf keeps it
      points.push_back({v, pieces_without(m, v)});
  }
  return points;
}

// Bridges by brute force: removing one copy of the edge raises the component count.
struct BridgeTwin {
  Vertex u, v, u_side_size, v_side_size;
};
inline std::vector<BridgeTwin> bridges(const CsrGraph& g) {
  const Matrix m = undirected_multiplicity(g);
  const Vertex before = count_components(component_labels(m));
  std::vector<BridgeTwin> result;
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (Vertex v = u + 1; v < g.num_nodes(); ++v) {
      if (m[u][v] == 0) continue;
      const auto label = component_labels(m, -1, u, v);
      if (count_components(label) == before) continue;
      const auto side = [&](Vertex x) {
        return static_cast<Vertex>(std::count(label.begin(), label.end(), label[x]));
      };
      result.push_back({u, v, side(u), side(v)});
    }
  return result;
}

// Core numbers by the definition's peeling: repeatedly delete a vertex of minimum degree; a
// vertex's core number is the largest minimum seen up to its deletion. Degree = in + out arcs
// without self-loops (undirected graphs: row length without self-loops).
inline std::vector<Vertex> core_numbers(const CsrGraph& g) {
  const Matrix a = arc_counts(g);
  const auto n = static_cast<Vertex>(a.size());
  std::vector<char> gone(n, 0);
  std::vector<Vertex> core(n, 0);
  Vertex k = 0;
  for (Vertex step = 0; step < n; ++step) {
    Vertex pick = -1, pick_degree = std::numeric_limits<Vertex>::max();
    for (Vertex v = 0; v < n; ++v) {
      if (gone[v]) continue;
      Vertex d = 0;
      for (Vertex u = 0; u < n; ++u)
        if (!gone[u] && u != v) d += a[v][u] + (g.is_directed() ? a[u][v] : 0);
      if (d < pick_degree) pick = v, pick_degree = d;
    }
    k = std::max(k, pick_degree);
    core[pick] = k;
    gone[pick] = 1;
  }
  return core;
}

// The same peeling for graphs too large for a dense matrix: the minimum-degree vertex comes from
// an ordered set of (degree, vertex), and deleting it lowers each remaining neighbour once per
// arc between them. O(m log n).
inline std::vector<Vertex> core_numbers_by_ordered_set(const CsrGraph& g) {
  const Vertex n = g.num_nodes();
  std::vector<std::vector<Vertex>> neighbours(n);
  for (Vertex v = 0; v < n; ++v)
    for (const Vertex u : g.out_neighbors(v))
      if (u != v) {
        neighbours[v].push_back(u);
        if (g.is_directed()) neighbours[u].push_back(v);
      }
  std::vector<Vertex> degree(n);
  std::set<std::pair<Vertex, Vertex>> by_degree;
  for (Vertex v = 0; v < n; ++v) {
    degree[v] = static_cast<Vertex>(neighbours[v].size());
    by_degree.insert({degree[v], v});
  }
  std::vector<char> gone(n, 0);
  std::vector<Vertex> core(n, 0);
  Vertex k = 0;
  while (!by_degree.empty()) {
    const auto [d, v] = *by_degree.begin();
    by_degree.erase(by_degree.begin());
    k = std::max(k, d);
    core[v] = k;
    gone[v] = 1;
    for (const Vertex u : neighbours[v]) {
      if (gone[u]) continue;
      by_degree.erase({degree[u], u});
      by_degree.insert({--degree[u], u});
    }
  }
  return core;
}

// Triangles through each vertex of the simple undirected view, by a triple loop.
inline std::vector<std::int64_t> triangles(const CsrGraph& g) {
  const Matrix m = undirected_multiplicity(g);
  const auto n = static_cast<Vertex>(m.size());
  std::vector<std::int64_t> count(n, 0);
  for (Vertex i = 0; i < n; ++i)
    for (Vertex j = i + 1; j < n; ++j)
      for (Vertex k = j + 1; k < n; ++k)
        if (m[i][j] && m[j][k] && m[i][k]) ++count[i], ++count[j], ++count[k];
  return count;
}

// Binary adjacency of the undirected view, as doubles.
inline std::vector<std::vector<double>> binary_adjacency(const CsrGraph& g) {
  const Matrix m = undirected_multiplicity(g);
  std::vector<std::vector<double>> a(m.size(), std::vector<double>(m.size(), 0.0));
  for (std::size_t i = 0; i < m.size(); ++i)
    for (std::size_t j = 0; j < m.size(); ++j) a[i][j] = m[i][j] > 0 ? 1.0 : 0.0;
  return a;
}

// Pearson correlation of x and y.
inline double pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  double mx = 0, my = 0;
  for (std::size_t i = 0; i < x.size(); ++i) mx += x[i] / n, my += y[i] / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

// Solves h x = b by Gaussian elimination with partial pivoting; false if h is singular.
inline bool solve(std::vector<std::vector<double>> h, std::vector<double> b,
                  std::vector<double>& x) {
  const auto n = b.size();
  for (std::size_t k = 0; k < n; ++k) {
    std::size_t pivot = k;
    for (std::size_t i = k + 1; i < n; ++i)
      if (std::abs(h[i][k]) > std::abs(h[pivot][k])) pivot = i;
    if (std::abs(h[pivot][k]) < 1e-300) return false;
    std::swap(h[k], h[pivot]);
    std::swap(b[k], b[pivot]);
    for (std::size_t i = k + 1; i < n; ++i) {
      const double factor = h[i][k] / h[k][k];
      for (std::size_t j = k; j < n; ++j) h[i][j] -= factor * h[k][j];
      b[i] -= factor * b[k];
    }
  }
  x.assign(n, 0.0);
  for (std::size_t k = n; k-- > 0;) {
    double s = b[k];
    for (std::size_t j = k + 1; j < n; ++j) s -= h[k][j] * x[j];
    x[k] = s / h[k][k];
  }
  return true;
}

// Continuous Borgatti–Everett fit by a dense damped Newton method with Armijo backtracking on
// f(c) = sum_{i<j} (a_ij - c_i c_j)^2, from c_i = deg_i / sqrt(2m), until the gradient vanishes
// (steepest descent whenever the Newton step is not a descent direction).
inline std::vector<double> continuous_coreness(const CsrGraph& g) {
  const auto a = binary_adjacency(g);
  const auto n = a.size();
  double edges2 = 0;
  for (const auto& row : a)
    for (const double x : row) edges2 += x;
  std::vector<double> c(n);
  for (std::size_t i = 0; i < n; ++i) {
    double d = 0;
    for (const double x : a[i]) d += x;
    c[i] = d / std::sqrt(std::max(1.0, edges2));
  }
  auto f = [&](const std::vector<double>& x) {
    double s = 0;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) s += std::pow(a[i][j] - x[i] * x[j], 2);
    return s;
  };
  for (int it = 0; it < 10000; ++it) {
    std::vector<double> grad(n, 0.0);
    std::vector<std::vector<double>> hess(n, std::vector<double>(n, 0.0));
    double norm = 0;
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        if (j == i) continue;
        grad[i] += -2.0 * (a[i][j] - c[i] * c[j]) * c[j];
        hess[i][i] += 2.0 * c[j] * c[j];
        hess[i][j] = -2.0 * a[i][j] + 4.0 * c[i] * c[j];
      }
      norm = std::max(norm, std::abs(grad[i]));
    }
    if (norm < 1e-13) break;
    std::vector<double> step;
    double slope = 0;
    if (solve(hess, grad, step))
      for (std::size_t i = 0; i < n; ++i) slope += step[i] * grad[i];
    if (!(slope > 0)) step = grad, slope = 0;
    if (slope == 0)
      for (std::size_t i = 0; i < n; ++i) slope += step[i] * grad[i];
    const double f0 = f(c);
    double t = 1.0;
    std::vector<double> next(n);
    while (true) {
      for (std::size_t i = 0; i < n; ++i) next[i] = c[i] - t * step[i];
      if (f(next) <= f0 - 1e-4 * t * slope || t < 1e-16) break;
      t /= 2.0;
    }
    if (!(f(next) < f0)) break;  // at the floating-point floor
    c = next;
  }
  return c;
}

// The correlation of a discrete split, from the dense matrix (pairs i < j; core–periphery pairs
// left out when cross_ones is false, ideal 1 when true).
inline double discrete_fit(const std::vector<std::vector<double>>& a,
                           const std::vector<std::uint8_t>& in_core, bool cross_ones) {
  std::vector<double> x, y;
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = i + 1; j < a.size(); ++j) {
      const bool cc = in_core[i] && in_core[j], pp = !in_core[i] && !in_core[j];
      if (!cc && !pp && !cross_ones) continue;
      x.push_back(a[i][j]);
      y.push_back(pp ? 0.0 : 1.0);
    }
  return pearson(x, y);
}

// The best discrete fit over every split (n <= 16).
inline double best_discrete_fit(const CsrGraph& g, bool cross_ones) {
  const auto a = binary_adjacency(g);
  const auto n = a.size();
  double best = -2.0;
  for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
    std::vector<std::uint8_t> in_core(n);
    for (std::size_t i = 0; i < n; ++i) in_core[i] = (mask >> i) & 1u;
    best = std::max(best, discrete_fit(a, in_core, cross_ones));
  }
  return best;
}

}  // namespace innonet::reference::structure
