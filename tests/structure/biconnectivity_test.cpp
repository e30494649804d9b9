#include "algorithms/structure/biconnectivity.hpp"

#include <omp.h>

#include <catch2/catch.hpp>

#include "tests/reference/structure_reference.hpp"
#include "tests/structure/structure_fixtures.hpp"

using namespace innonet;
using namespace innonet::testing::structure;
namespace twin = innonet::reference::structure;

TEST_CASE("articulation points and bridges match NetworkX", "[structure][biconnectivity]") {
  for (const auto& name : kFixtureNames) {
    INFO(name);
    const auto f = structure_fixture(name);
    const auto r = structure::articulation_points_and_bridges(f.graph);
    const auto& points = f.expected.at("articulation_points");
    REQUIRE(r.articulation_points.size() == points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
      CHECK(r.articulation_points[i].vertex == points[i].at("vertex").get<Vertex>());
      CHECK(r.articulation_points[i].piece_sizes ==
            points[i].at("piece_sizes").get<std::vector<Vertex>>());
    }
    const auto& bridges = f.expected.at("bridges");
    REQUIRE(r.bridges.size() == bridges.size());
    for (std::size_t i = 0; i < bridges.size(); ++i) {
      const auto b = bridges[i].get<std::vector<Vertex>>();
      CHECK(std::vector<Vertex>{r.bridges[i].u, r.bridges[i].v, r.bridges[i].u_side_size,
                                r.bridges[i].v_side_size} == b);
    }
  }
}

TEST_CASE("articulation points and bridges equal brute force on random graphs",
          "[structure][biconnectivity]") {
  for (std::uint64_t seed = 1; seed <= 40; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const auto n = static_cast<Vertex>(4 + seed % 20);
      // Sparse, so that cut vertices and bridges are common; every third case a multigraph.
      const auto g = seed % 3 == 0 ? random_multigraph(n, n + 2, seed, direction)
                                   : testing::random_graph(n, n * 2 / 3 + seed % 5, seed, direction,
                                                           testing::Weights::ignore);
      INFO(case_name(seed, direction, n));
      const auto r = structure::articulation_points_and_bridges(g);
      const auto points = twin::articulation_points(g);
      REQUIRE(r.articulation_points.size() == points.size());
      for (std::size_t i = 0; i < points.size(); ++i) {
        CHECK(r.articulation_points[i].vertex == points[i].vertex);
        CHECK(r.articulation_points[i].piece_sizes == points[i].piece_sizes);
      }
      const auto bridges = twin::bridges(g);
      REQUIRE(r.bridges.size() == bridges.size());
      for (std::size_t i = 0; i < bridges.size(); ++i) {
        CHECK(r.bridges[i].u == bridges[i].u);
        CHECK(r.bridges[i].v == bridges[i].v);
        CHECK(r.bridges[i].u_side_size == bridges[i].u_side_size);
        CHECK(r.bridges[i].v_side_size == bridges[i].v_side_size);
      }
    }
}

TEST_CASE("parallel edges are never bridges", "[structure][biconnectivity]") {
  EdgeList edges{.num_nodes = 3, .sources = {0, 0, 1}, .targets = {1, 1, 2}, .weights = {}};
  const auto g = build_csr(edges, {.direction = Direction::undirected, .merge = MergeRule::keep});
  const auto r = structure::articulation_points_and_bridges(g);
  REQUIRE(r.bridges.size() == 1);
  CHECK(r.bridges[0].u == 1);
  CHECK(r.bridges[0].v == 2);
  REQUIRE(r.articulation_points.size() == 1);
  CHECK(r.articulation_points[0].vertex == 1);
}

TEST_CASE("pieces name the vertices a cut separates", "[structure][biconnectivity]") {
  const auto f = structure_fixture("barbell_5_3");  // K5 (0-4), path 5-7, K5 (8-12)
  const auto pieces = structure::pieces_without_vertex(f.graph, 6);
  REQUIRE(pieces.size() == 2);
  CHECK(pieces[0] == std::vector<Vertex>{0, 1, 2, 3, 4, 5});
  CHECK(pieces[1] == std::vector<Vertex>{7, 8, 9, 10, 11, 12});
  const auto sides = structure::pieces_without_edge(f.graph, 4, 5);
  REQUIRE(sides.size() == 2);
  CHECK(sides[0] == std::vector<Vertex>{0, 1, 2, 3, 4});
  CHECK(sides[1].size() == 8);
  CHECK(structure::pieces_without_edge(f.graph, 0, 1).size() == 1);  // not a bridge
  CHECK_THROWS_WITH(structure::pieces_without_vertex(f.graph, 13), Catch::Contains("out of range"));
  CHECK_THROWS_AS(structure::pieces_without_edge(f.graph, -1, 2), std::invalid_argument);
}

TEST_CASE("a 1M-vertex path needs no recursion", "[structure][biconnectivity]") {
  const Vertex n = 1'000'000;
  const auto r = structure::articulation_points_and_bridges(path_graph(n, Direction::directed));
  CHECK(r.articulation_points.size() == static_cast<std::size_t>(n - 2));
  CHECK(r.bridges.size() == static_cast<std::size_t>(n - 1));
  CHECK(r.articulation_points[0].piece_sizes == std::vector<Vertex>{n - 2, 1});
  CHECK(r.bridges[10].u_side_size == 11);
}

TEST_CASE("biconnectivity is identical at 1 and 2 threads", "[structure][biconnectivity]") {
  const int saved = omp_get_max_threads();
  const auto g =
      testing::random_graph(20000, 24000, 9, Direction::directed, testing::Weights::ignore);
  omp_set_num_threads(1);
  const auto one = structure::articulation_points_and_bridges(g);
  omp_set_num_threads(2);
  const auto two = structure::articulation_points_and_bridges(g);
  omp_set_num_threads(saved);
  REQUIRE(one.articulation_points.size() == two.articulation_points.size());
  for (std::size_t i = 0; i < one.articulation_points.size(); ++i)
    CHECK(one.articulation_points[i].piece_sizes == two.articulation_points[i].piece_sizes);
  REQUIRE(one.bridges.size() == two.bridges.size());
  for (std::size_t i = 0; i < one.bridges.size(); ++i) CHECK(one.bridges[i].v == two.bridges[i].v);
}
