#include "algorithms/structure/triangles.hpp"

#include <omp.h>

#include <catch2/catch.hpp>
#include <numeric>

#include "tests/reference/structure_reference.hpp"
#include "tests/structure/structure_fixtures.hpp"

using namespace innonet;
using namespace innonet::testing::structure;
namespace twin = innonet::reference::structure;

TEST_CASE("triangles per vertex match NetworkX", "[structure][triangles]") {
  for (const auto& name : kFixtureNames) {
    if (structure_fixture(name).graph.is_directed()) continue;
    INFO(name);
    const auto f = structure_fixture(name);
    const auto r = structure::triangles(f.graph);
    const auto expected = f.expected.at("triangles").get<std::vector<std::int64_t>>();
    CHECK(r.per_vertex == expected);
    CHECK(r.total * 3 == std::accumulate(expected.begin(), expected.end(), std::int64_t{0}));
  }
  // Karate: 45 triangles (Zachary's club, a published count).
  CHECK(structure::triangles(structure_fixture("karate").graph).total == 45);
}

TEST_CASE("triangles equal the triple loop on random graphs", "[structure][triangles]") {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    const auto n = static_cast<Vertex>(3 + seed % 30);
    // Every third case a multigraph: parallel edges count once, self-loops never.
    const auto g = seed % 3 == 0
                       ? random_multigraph(n, 4 * n, seed, Direction::undirected)
                       : testing::random_graph(n, n * (1 + seed % 6), seed, Direction::undirected,
                                               testing::Weights::ignore);
    INFO(case_name(seed, Direction::undirected, n));
    const auto expected = twin::triangles(g);
    const auto r = structure::triangles(g);
    CHECK(r.per_vertex == expected);
    const auto total = structure::triangles(g, {.output = structure::TriangleOutput::total_only});
    CHECK(total.per_vertex.empty());
    CHECK(total.total * 3 == std::accumulate(expected.begin(), expected.end(), std::int64_t{0}));
  }
}

TEST_CASE("triangles are identical at 1 and 2 threads", "[structure][triangles]") {
  const int saved = omp_get_max_threads();
  const auto g =
      testing::random_graph(10000, 100000, 5, Direction::undirected, testing::Weights::ignore);
  omp_set_num_threads(1);
  const auto one = structure::triangles(g);
  omp_set_num_threads(2);
  const auto two = structure::triangles(g);
  omp_set_num_threads(saved);
  CHECK(one.total == two.total);
  CHECK(one.per_vertex == two.per_vertex);
}

TEST_CASE("triangles refuse a directed graph", "[structure][triangles]") {
  const auto g = testing::fixture_csr("random_directed_300");
  CHECK_THROWS_AS(structure::triangles(g), std::invalid_argument);
  CHECK_THROWS_WITH(structure::triangles(g), Catch::Contains("undirected"));
}
