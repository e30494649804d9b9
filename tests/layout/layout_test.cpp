// Force-directed layouts: the model's energy falls, the same seed gives the same bits at 1 and 2
// threads, and drawings of graphs with a known good picture (a grid, two cliques joined by a
// path) show it. Energies and quality measures are computed here from their definitions,
// independently of the kernels.
#include <omp.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <queue>
#include <vector>

#include "algorithms/generators/barabasi_albert.hpp"
#include "algorithms/layout/force_atlas2.hpp"
#include "algorithms/layout/fruchterman_reingold.hpp"
#include "engine/csr_build.hpp"

using namespace innonet;
using namespace innonet::layout;

namespace {

CsrGraph undirected(Vertex n, const std::vector<std::pair<Vertex, Vertex>>& edges) {
  EdgeList list;
  list.num_nodes = n;
  for (const auto& [u, v] : edges) list.sources.push_back(u), list.targets.push_back(v);
  return build_csr(list, {.direction = Direction::undirected, .merge = MergeRule::sum});
}

CsrGraph grid(int side) {
  std::vector<std::pair<Vertex, Vertex>> edges;
  for (int r = 0; r < side; ++r)
    for (int c = 0; c < side; ++c) {
      if (c + 1 < side) edges.push_back({r * side + c, r * side + c + 1});
      if (r + 1 < side) edges.push_back({r * side + c, (r + 1) * side + c});
    }
  return undirected(side * side, edges);
}

// Two K8 (vertices 0-7 and 11-18) joined by the path 7-8-9-10-11.
CsrGraph two_cliques() {
  std::vector<std::pair<Vertex, Vertex>> edges;
  for (Vertex base : {0, 11})
    for (Vertex a = 0; a < 8; ++a)
      for (Vertex b = a + 1; b < 8; ++b) edges.push_back({base + a, base + b});
  for (Vertex v = 7; v < 11; ++v) edges.push_back({v, v + 1});
  return undirected(19, edges);
}

double distance(const Layout& p, Vertex a, Vertex b) {
  return std::hypot(p.x[a] - p.x[b], p.y[a] - p.y[b]);
}

// The potential whose negative gradient is ForceAtlas2's force (linear attraction, normal
// gravity, unit weights): sum_edges d^2/2 - k sum_pairs m_i m_j ln d + g sum_i m_i |p_i|.
double force_atlas2_energy(const CsrGraph& g, const Layout& p, double k, double gravity) {
  double energy = 0.0;
  for (Vertex u = 0; u < g.num_nodes(); ++u) {
    const double mu = 1.0 + g.out_degree(u);
    energy += gravity * mu * std::hypot(p.x[u], p.y[u]);
    for (Vertex v : g.out_neighbors(u))
      if (u < v) energy += distance(p, u, v) * distance(p, u, v) / 2;
    for (Vertex v = u + 1; v < g.num_nodes(); ++v)
      energy -= k * mu * (1.0 + g.out_degree(v)) * std::log(distance(p, u, v));
  }
  return energy;
}

// Fruchterman–Reingold's potential: sum_edges d^3 / (3k) - k^2 sum_pairs ln d.
double fruchterman_reingold_energy(const CsrGraph& g, const Layout& p, double k) {
  double energy = 0.0;
  for (Vertex u = 0; u < g.num_nodes(); ++u) {
    for (Vertex v : g.out_neighbors(u))
      if (u < v) energy += std::pow(distance(p, u, v), 3) / (3 * k);
    for (Vertex v = u + 1; v < g.num_nodes(); ++v) energy -= k * k * std::log(distance(p, u, v));
  }
  return energy;
}

std::vector<std::vector<int>> hop_distances(const CsrGraph& g) {
  std::vector<std::vector<int>> all;
  for (Vertex s = 0; s < g.num_nodes(); ++s) {
    std::vector<int> d(static_cast<std::size_t>(g.num_nodes()), -1);
    std::queue<Vertex> q;
    d[s] = 0, q.push(s);
    while (!q.empty()) {
      const Vertex u = q.front();
      q.pop();
      for (Vertex v : g.out_neighbors(u))
        if (d[v] < 0) d[v] = d[u] + 1, q.push(v);
    }
    all.push_back(std::move(d));
  }
  return all;
}

// Pearson correlation between hop distance and drawn distance over all pairs.
double distance_correlation(const CsrGraph& g, const Layout& p) {
  const auto hops = hop_distances(g);
  double n = 0, sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (Vertex v = u + 1; v < g.num_nodes(); ++v) {
      const double a = hops[u][v], b = distance(p, u, v);
      n += 1, sa += a, sb += b, saa += a * a, sbb += b * b, sab += a * b;
    }
  return (n * sab - sa * sb) / std::sqrt((n * saa - sa * sa) * (n * sbb - sb * sb));
}

Layout at_threads(int threads, const std::function<Layout()>& run) {
  const int before = omp_get_max_threads();
  omp_set_num_threads(threads);
  auto result = run();
  omp_set_num_threads(before);
  return result;
}

}  // namespace

TEST_CASE("ForceAtlas2's energy falls as it iterates", "[layout][force_atlas2]") {
  const CsrGraph g = grid(6);
  std::vector<double> energy;
  for (int iterations : {0, 10, 30, 100, 300}) {
    const auto r = force_atlas2(g, {.iterations = iterations, .seed = 7});
    energy.push_back(force_atlas2_energy(g, r.layout, 10.0, 1.0));  // 36 nodes: scaling 10
  }
  for (std::size_t i = 1; i < energy.size(); ++i) CHECK(energy[i] < energy[i - 1]);
}

TEST_CASE("Fruchterman-Reingold's energy falls as it iterates", "[layout][fruchterman_reingold]") {
  const CsrGraph g = grid(6);
  std::vector<double> energy;
  for (int iterations : {0, 10, 50, 200}) {
    // Separate runs from the same start (the temperature cools to 0 over each run's length).
    const auto r = fruchterman_reingold(g, {.iterations = iterations, .seed = 7});
    energy.push_back(fruchterman_reingold_energy(g, r.layout, 1.0));
  }
  for (std::size_t i = 1; i < energy.size(); ++i) CHECK(energy[i] < energy[i - 1]);
}

TEST_CASE("force layouts give the same bits at 1 and 2 threads", "[layout][determinism]") {
  // 3,000 nodes: above the Barnes–Hut threshold and several blocks of the parallel sums.
  const CsrGraph g = build_csr(generators::barabasi_albert({.num_nodes = 3000, .seed = 5}),
                               {.direction = Direction::undirected, .merge = MergeRule::sum});
  const auto fa2 = [&] { return force_atlas2(g, {.iterations = 30, .seed = 3}).layout; };
  const auto fr = [&] { return fruchterman_reingold(g, {.iterations = 30, .seed = 3}).layout; };
  for (const auto& run : {std::function<Layout()>(fa2), std::function<Layout()>(fr)}) {
    const Layout one = at_threads(1, run), two = at_threads(2, run);
    REQUIRE(one.x.size() == 3000);
    CHECK(one.x == two.x);
    CHECK(one.y == two.y);
  }
  CHECK(force_atlas2(g, {.iterations = 5, .seed = 3}).layout.x !=
        force_atlas2(g, {.iterations = 5, .seed = 4}).layout.x);
}

TEST_CASE("a grid is drawn as a grid", "[layout]") {
  const CsrGraph g = grid(8);
  // Drawn distance grows with hop distance (a folded or tangled grid scores far lower).
  CHECK(distance_correlation(g, force_atlas2(g, {.iterations = 500, .seed = 2}).layout) > 0.9);
  CHECK(distance_correlation(g, fruchterman_reingold(g, {.iterations = 500, .seed = 2}).layout) >
        0.9);
}

TEST_CASE("two cliques joined by a path are drawn apart", "[layout]") {
  const CsrGraph g = two_cliques();
  for (const Layout& p : {force_atlas2(g, {.iterations = 500, .seed = 2}).layout,
                          fruchterman_reingold(g, {.iterations = 500, .seed = 2}).layout}) {
    double ax = 0, ay = 0, bx = 0, by = 0;
    for (Vertex v = 0; v < 8; ++v) ax += p.x[v] / 8, ay += p.y[v] / 8;
    for (Vertex v = 11; v < 19; ++v) bx += p.x[v] / 8, by += p.y[v] / 8;
    const double gap = std::hypot(ax - bx, ay - by);
    // Every clique member lies nearer its own clique's centre than a quarter of the gap.
    for (Vertex v = 0; v < 8; ++v) CHECK(std::hypot(p.x[v] - ax, p.y[v] - ay) < gap / 4);
    for (Vertex v = 11; v < 19; ++v) CHECK(std::hypot(p.x[v] - bx, p.y[v] - by) < gap / 4);
    // The path runs between them, in order.
    for (Vertex v = 8; v <= 10; ++v) {
      const double along = ((p.x[v] - ax) * (bx - ax) + (p.y[v] - ay) * (by - ay)) / (gap * gap);
      CHECK(along > 0.0);
      CHECK(along < 1.0);
    }
  }
}

TEST_CASE("layout options are checked", "[layout]") {
  const CsrGraph g = grid(3);
  CHECK_THROWS_AS(force_atlas2(g, {.iterations = -1}), std::invalid_argument);
  CHECK_THROWS_WITH(fruchterman_reingold(g, {.optimal_distance = 0}),
                    Catch::Contains("optimal_distance"));
  Layout wrong{{0.0}, {0.0}};
  CHECK_THROWS_WITH(force_atlas2(g, {.initial = &wrong}), Catch::Contains("one point per node"));
}
