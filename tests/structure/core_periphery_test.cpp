#include "algorithms/structure/core_periphery.hpp"

#include <omp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <numeric>
#include <string>

#include "algorithms/structure/components.hpp"
#include "tests/reference/structure_reference.hpp"
#include "tests/structure/structure_fixtures.hpp"

using namespace innonet;
using namespace innonet::testing::structure;
namespace twin = innonet::reference::structure;
using Catch::Matchers::WithinAbs;

namespace {
// A clique on 0..core-1; each clique vertex i has `pendants` leaves attached to it alone.
CsrGraph clique_with_pendants(Vertex core, Vertex pendants) {
  EdgeList edges;
  edges.num_nodes = core * (1 + pendants);
  Vertex next = core;
  for (Vertex i = 0; i < core; ++i) {
    for (Vertex j = i + 1; j < core; ++j) edges.sources.push_back(i), edges.targets.push_back(j);
    for (Vertex p = 0; p < pendants; ++p)
      edges.sources.push_back(i), edges.targets.push_back(next++);
  }
  return build_csr(edges, {.direction = Direction::undirected});
}
}  // namespace

TEST_CASE("the discrete fit finds a clique core among pendants", "[structure][core_periphery]") {
  for (const auto cross : {structure::CrossTies::ignore, structure::CrossTies::ideal_one}) {
    const auto g = clique_with_pendants(6, 3);
    const auto r = structure::discrete_core_periphery(g, {.cross_ties = cross});
    CHECK(r.core == std::vector<Vertex>{0, 1, 2, 3, 4, 5});
    if (cross == structure::CrossTies::ignore) CHECK_THAT(r.correlation, WithinAbs(1.0, 1e-12));
    const auto dense = twin::binary_adjacency(g);
    CHECK_THAT(
        r.correlation,
        WithinAbs(twin::discrete_fit(dense, r.in_core, cross == structure::CrossTies::ideal_one),
                  1e-9));
  }
}

TEST_CASE("the continuous fit equals a dense optimiser", "[structure][core_periphery]") {
  int compared = 0;
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    const auto n = static_cast<Vertex>(5 + seed % 12);
    const auto g = testing::random_graph(n, n * (2 + seed % 3), seed, Direction::undirected,
                                         testing::Weights::ignore);
    // A rank-one fit of a disconnected graph has several local optima; compare connected ones.
    if (structure::weak_components(g).count != 1) continue;
    ++compared;
    INFO(case_name(seed, Direction::undirected, n));
    const auto r = structure::continuous_core_periphery(g);
    REQUIRE(r.converged);
    const auto expected = twin::continuous_coreness(g);
    for (Vertex v = 0; v < n; ++v) CHECK_THAT(r.coreness[v], WithinAbs(expected[v], 1e-6));
    const auto a = twin::binary_adjacency(g);
    std::vector<double> x, y;
    double residual = 0.0;
    for (Vertex i = 0; i < n; ++i)
      for (Vertex j = i + 1; j < n; ++j) {
        x.push_back(a[i][j]);
        y.push_back(r.coreness[i] * r.coreness[j]);
        residual += (x.back() - y.back()) * (x.back() - y.back());
      }
    CHECK_THAT(r.correlation, WithinAbs(twin::pearson(x, y), 1e-9));
    CHECK_THAT(r.residual, WithinAbs(residual, 1e-9));
  }
  CHECK(compared >= 15);
}

TEST_CASE("the discrete fit equals brute force on small graphs", "[structure][core_periphery]") {
  for (std::uint64_t seed = 1; seed <= 16; ++seed)
    for (const auto cross : {structure::CrossTies::ignore, structure::CrossTies::ideal_one}) {
      const auto n = static_cast<Vertex>(4 + seed % 8);
      const auto g = testing::random_graph(n, n + seed % 7, seed, Direction::directed,
                                           testing::Weights::ignore);
      const bool ones = cross == structure::CrossTies::ideal_one;
      INFO(case_name(seed, Direction::directed, n) << (ones ? ", cross ties 1" : ""));
      const auto r = structure::discrete_core_periphery(g, {.cross_ties = cross, .seed = seed});
      CHECK_THAT(r.correlation, WithinAbs(twin::best_discrete_fit(g, ones), 1e-9));
      CHECK_THAT(r.correlation,
                 WithinAbs(twin::discrete_fit(twin::binary_adjacency(g), r.in_core, ones), 1e-9));
      CHECK_THAT(structure::core_periphery_fit(g, r.in_core, cross), WithinAbs(r.correlation, 0.0));
    }
}

TEST_CASE("core-periphery is identical at 1 and 2 threads", "[structure][core_periphery]") {
  const int saved = omp_get_max_threads();
  const auto g = testing::fixture_csr("lesmis");
  omp_set_num_threads(1);
  const auto c1 = structure::continuous_core_periphery(g);
  const auto d1 = structure::discrete_core_periphery(g);
  omp_set_num_threads(2);
  const auto c2 = structure::continuous_core_periphery(g);
  const auto d2 = structure::discrete_core_periphery(g);
  omp_set_num_threads(saved);
  CHECK(c1.coreness == c2.coreness);
  CHECK(d1.core == d2.core);
  CHECK(d1.correlation == d2.correlation);
}

TEST_CASE("core-periphery needs two vertices", "[structure][core_periphery]") {
  const auto one = build_csr(EdgeList{.num_nodes = 1, .sources = {}, .targets = {}, .weights = {}},
                             {.direction = Direction::undirected});
  CHECK_THROWS_AS(structure::continuous_core_periphery(one), std::invalid_argument);
  CHECK_THROWS_WITH(structure::discrete_core_periphery(one), Catch::Contains("at least 2"));
  const auto g = clique_with_pendants(3, 1);
  CHECK_THROWS_AS(structure::discrete_core_periphery(g, {.restarts = 0}), std::invalid_argument);
  CHECK_THROWS_AS(structure::continuous_core_periphery(g, {.tolerance_max = 0.0}),
                  std::invalid_argument);
  CHECK_THROWS_AS(structure::core_periphery_fit(g, {1, 0}), std::invalid_argument);
}

TEST_CASE("the coreness-prefix split is the best prefix of the coreness order",
          "[structure][core_periphery]") {
  for (const std::string name : {"karate", "lesmis", "florentine"}) {
    INFO(name);
    const auto g = testing::fixture_csr(name);
    for (const auto cross : {structure::CrossTies::ignore, structure::CrossTies::ideal_one}) {
      // Brute force: the fit of every prefix of the coreness order, by the dense reference.
      const auto coreness =
          structure::continuous_core_periphery(g, {.tolerance_max = 1e-9}).coreness;
      std::vector<Vertex> order(g.num_nodes());
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(),
                       [&](Vertex a, Vertex b) { return coreness[a] > coreness[b]; });
      const auto dense = twin::binary_adjacency(g);
      std::vector<std::uint8_t> in_core(g.num_nodes(), 0);
      double best = twin::discrete_fit(dense, in_core, cross == structure::CrossTies::ideal_one);
      for (const Vertex v : order) {
        in_core[v] = 1;
        best = std::max(
            best, twin::discrete_fit(dense, in_core, cross == structure::CrossTies::ideal_one));
      }
      const auto prefix = structure::discrete_core_periphery(
          g, {.cross_ties = cross, .search = structure::DiscreteSearch::coreness_prefix});
      CHECK(prefix.passes == 0);
      CHECK_THAT(prefix.correlation, WithinAbs(best, 1e-12));
      const auto full = structure::discrete_core_periphery(g, {.cross_ties = cross});
      CHECK(full.correlation >= prefix.correlation - 1e-12);  // the search starts from it
    }
  }
}
