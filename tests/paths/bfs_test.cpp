#include "algorithms/paths/bfs.hpp"

#include <omp.h>

#include <catch2/catch.hpp>

#include "tests/reference/paths_reference.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;

TEST_CASE("bfs matches the FIFO twin on random graphs, every strategy", "[paths][bfs]") {
  for (std::uint64_t seed = 1; seed <= 12; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const Vertex n = 20 + static_cast<Vertex>(seed * 7);
      const CsrGraph g = testing::random_graph(n, 2 * n, seed, direction, testing::Weights::ignore);
      const auto twin = reference::bfs(g, 0);
      for (const auto strategy : {paths::BfsStrategy::direction_optimizing,
                                  paths::BfsStrategy::top_down, paths::BfsStrategy::bottom_up}) {
        const auto r = paths::bfs(g, 0, {.strategy = strategy});
        CHECK(r.distance == twin.distance);
        CHECK(r.parent == twin.parent);
      }
    }
}

TEST_CASE("bfs switches to bottom-up on a dense graph and reports levels", "[paths][bfs]") {
  const CsrGraph g =
      testing::random_graph(400, 8000, 3, Direction::undirected, testing::Weights::ignore);
  const auto r = paths::bfs(g, 5);
  CHECK(r.bottom_up_levels > 0);
  CHECK(r.reached == 400);
  CHECK(r.levels == 1 + *std::max_element(r.distance.begin(), r.distance.end()));
}

TEST_CASE("bfs is identical with 1 and 2 threads", "[paths][bfs]") {
  const CsrGraph g =
      testing::random_graph(3000, 30000, 9, Direction::directed, testing::Weights::ignore);
  omp_set_num_threads(1);
  const auto one = paths::bfs(g, 0);
  omp_set_num_threads(2);
  const auto two = paths::bfs(g, 0);
  CHECK(one.distance == two.distance);
  CHECK(one.parent == two.parent);
}

TEST_CASE("bfs rejects a source outside the graph", "[paths][bfs]") {
  const CsrGraph g =
      testing::random_graph(10, 20, 1, Direction::directed, testing::Weights::ignore);
  CHECK_THROWS_AS(paths::bfs(g, 10), std::invalid_argument);
  CHECK_THROWS_WITH(paths::bfs(g, -1), Catch::Matchers::Contains("source"));
}
