#include "algorithms/structure/k_core.hpp"

#include <omp.h>

#include <catch2/catch.hpp>

#include "algorithms/generators/rmat.hpp"
#include "engine/csr_build.hpp"
#include "tests/reference/structure_reference.hpp"
#include "tests/structure/structure_fixtures.hpp"

using namespace innonet;
using namespace innonet::testing::structure;
namespace twin = innonet::reference::structure;

TEST_CASE("core numbers match NetworkX", "[structure][kcore]") {
  for (const auto& name : kFixtureNames) {
    INFO(name);
    const auto f = structure_fixture(name);
    const auto r = structure::core_number(f.graph);
    const auto expected = f.expected.at("core_number").get<std::vector<Vertex>>();
    CHECK(r.core == expected);
    CHECK(r.max_core == *std::max_element(expected.begin(), expected.end()));
  }
}

TEST_CASE("core numbers equal min-degree peeling on random graphs", "[structure][kcore]") {
  for (std::uint64_t seed = 1; seed <= 40; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const auto n = static_cast<Vertex>(3 + seed % 25);
      // Every third case a multigraph with self-loops (ignored) and parallel arcs (counted).
      const auto g = seed % 3 == 0 ? random_multigraph(n, 3 * n, seed, direction)
                                   : testing::random_graph(n, n * (1 + seed % 5), seed, direction,
                                                           testing::Weights::ignore);
      INFO(case_name(seed, direction, n));
      CHECK(structure::core_number(g).core == twin::core_numbers(g));
    }
}

TEST_CASE("core numbers are identical at 1 and 2 threads", "[structure][kcore]") {
  const int saved = omp_get_max_threads();
  for (const auto direction : {Direction::directed, Direction::undirected}) {
    const auto g = testing::random_graph(20000, 120000, 4, direction, testing::Weights::ignore);
    omp_set_num_threads(1);
    const auto one = structure::core_number(g);
    omp_set_num_threads(2);
    const auto two = structure::core_number(g);
    CHECK(one.core == two.core);
    CHECK(one.levels == two.levels);
  }
  omp_set_num_threads(saved);
}

// R-MAT graphs have hundreds of levels and most of their arcs in the dense high cores, which every
// thread peels together (windows of 64 levels, a barrier per level): checked against an
// independent peel at 1 and 2 threads.
TEST_CASE("core numbers of R-MAT graphs equal an ordered-set peel at 1 and 2 threads",
          "[structure][kcore]") {
  const int saved = omp_get_max_threads();
  for (const auto direction : {Direction::directed, Direction::undirected}) {
    const CsrGraph g = build_csr(generators::rmat({.scale = 14, .edge_factor = 16, .seed = 9}),
                                 {.direction = direction, .merge = MergeRule::keep});
    const auto expected = twin::core_numbers_by_ordered_set(g);
    INFO((direction == Direction::directed ? "directed" : "undirected"));
    REQUIRE(*std::max_element(expected.begin(), expected.end()) > 2 * 64);  // several windows
    for (const int threads : {1, 2}) {
      omp_set_num_threads(threads);
      const auto r = structure::core_number(g);
      CHECK(r.core == expected);
      CHECK(r.max_core == *std::max_element(expected.begin(), expected.end()));
    }
  }
  omp_set_num_threads(saved);
}

TEST_CASE("the k-core subgraph keeps exactly the high-core vertices", "[structure][kcore]") {
  const auto f = structure_fixture("karate");
  const auto cores = structure::core_number(f.graph);
  REQUIRE(cores.max_core == 4);
  const auto main = structure::k_core(f.graph);
  CHECK(main.original == structure::k_core_vertices(cores, 4));
  for (Vertex v = 0; v < main.graph.num_nodes(); ++v)
    CHECK(main.graph.out_degree(v) >= 4);  // every vertex of a 4-core has degree >= 4 in it
  std::int64_t inside = 0;
  for (const Vertex u : main.original)
    for (const Vertex v : f.graph.out_neighbors(u))
      inside += std::binary_search(main.original.begin(), main.original.end(), v);
  CHECK(main.graph.num_arcs() == inside);
  CHECK(structure::k_core(f.graph, {.k = 0}).graph.num_nodes() == 34);
  CHECK(structure::k_core(f.graph, {.k = 5}).graph.num_nodes() == 0);
}

TEST_CASE("induced subgraphs keep direction and weights", "[structure][kcore]") {
  const auto g = testing::fixture_csr("random_directed_300");
  const std::vector<Vertex> keep = {3, 10, 50, 51, 200};
  const auto sub = structure::induced_subgraph(g, keep);
  CHECK(sub.graph.is_directed());
  CHECK(sub.graph.is_weighted());
  for (Vertex i = 0; i < sub.graph.num_nodes(); ++i)
    for (const Vertex j : sub.graph.out_neighbors(i)) CHECK(g.find_arc(keep[i], keep[j]) >= 0);
  CHECK_THROWS_WITH(structure::induced_subgraph(g, std::vector<Vertex>{5, 4}),
                    Catch::Contains("sorted"));
  CHECK_THROWS_AS(structure::induced_subgraph(g, std::vector<Vertex>{300}), std::invalid_argument);
}

TEST_CASE("core numbers of an empty graph", "[structure][kcore]") {
  const auto r = structure::core_number(CsrGraph{});
  CHECK(r.core.empty());
  CHECK(r.max_core == 0);
}
