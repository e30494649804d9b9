#include "algorithms/generators/geometric.hpp"

#include <catch2/catch.hpp>
#include <set>

#include "tests/generators/checks.hpp"

using namespace innonet;
using namespace innonet::generators;

TEST_CASE("random_geometric connects exactly the pairs closer than r (brute force)",
          "[generators][geometric]") {
  for (double r : {0.01, 0.07, 0.3}) {
    const GeometricGraph g = random_geometric(
        {.num_nodes = 1200, .radius = r, .coordinates = Coordinates::keep, .seed = 9});
    REQUIRE(g.x.size() == 1200);
    std::set<std::pair<Vertex, Vertex>> expected, got;
    for (Vertex u = 0; u < 1200; ++u)
      for (Vertex v = u + 1; v < 1200; ++v) {
        const double dx = g.x[u] - g.x[v], dy = g.y[u] - g.y[v];
        if (dx * dx + dy * dy < r * r) expected.insert({u, v});
      }
    for (std::size_t i = 0; i < g.edges.sources.size(); ++i) {
      CHECK(g.edges.sources[i] < g.edges.targets[i]);
      got.insert({g.edges.sources[i], g.edges.targets[i]});
    }
    CHECK(got.size() == g.edges.sources.size());
    CHECK(got == expected);
    for (std::size_t i = 0; i < g.x.size(); ++i)
      CHECK((g.x[i] >= 0 && g.x[i] < 1 && g.y[i] >= 0 && g.y[i] < 1));
  }
}

TEST_CASE("random_geometric reaches the expected average degree", "[generators][geometric]") {
  const Vertex n = 100000;
  const double r = geometric_radius_for_degree(n, 10.0);
  const GeometricGraph g = random_geometric({.num_nodes = n, .radius = r, .seed = 4});
  CHECK(g.x.empty());
  // Border vertices lose part of their disc: about 8r/(3π) of the degree in the unit square.
  const double expected = 10.0 * (1.0 - 8.0 * r / (3.0 * 3.141592653589793));
  CHECK(testing::mean(testing::undirected_degrees(g.edges)) == Approx(expected).epsilon(0.02));
}

TEST_CASE("random_geometric is deterministic at any thread count", "[generators][geometric]") {
  const GeometricOptions options{.num_nodes = 150000, .radius = 0.004, .seed = 21};
  const auto one = testing::with_threads(1, [&] { return random_geometric(options); });
  const auto two = testing::with_threads(2, [&] { return random_geometric(options); });
  CHECK(testing::same_edges(one.edges, two.edges));
  auto other = options;
  other.seed = 22;
  CHECK_FALSE(testing::same_edges(one.edges, random_geometric(other).edges));
}

TEST_CASE("random_geometric rejects bad parameters naming them", "[generators][geometric]") {
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(random_geometric({.num_nodes = -1}), Contains("num_nodes"));
  CHECK_THROWS_WITH(random_geometric({.radius = 0}), Contains("radius"));
  CHECK_THROWS_WITH(random_geometric({.radius = -0.5}), Contains("radius"));
  CHECK_THROWS_WITH(geometric_radius_for_degree(100, 0), Contains("average_degree"));
  CHECK(random_geometric({.num_nodes = 0}).edges.sources.empty());
}
