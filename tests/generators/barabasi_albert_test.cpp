#include "algorithms/generators/barabasi_albert.hpp"

#include <catch2/catch.hpp>

#include "algorithms/generators/power_law.hpp"
#include "tests/generators/checks.hpp"

using namespace innonet;
using namespace innonet::generators;

TEST_CASE("barabasi_albert attaches m distinct earlier vertices per new vertex",
          "[generators][barabasi_albert]") {
  const int m = 4;
  const EdgeList edges = barabasi_albert({.num_nodes = 3000, .edges_per_node = m, .seed = 6});
  CHECK(edges.num_nodes == 3000);
  REQUIRE(edges.sources.size() == static_cast<std::size_t>(m + (3000 - m - 1) * m));
  CHECK(testing::non_simple_edges(edges, false) == 0);
  std::vector<int> later(3000, 0);
  for (std::size_t i = 0; i < edges.sources.size(); ++i) {
    if (i >= static_cast<std::size_t>(m)) CHECK(edges.targets[i] < edges.sources[i]);
    ++later[edges.sources[i]];
  }
  for (Vertex v = m + 1; v < 3000; ++v) CHECK(later[v] == m);
}

TEST_CASE("barabasi_albert degrees follow a power law with exponent near 3",
          "[generators][barabasi_albert]") {
  // Clauset, Shalizi & Newman's discrete estimator above the minimum degree's neighbourhood.
  const EdgeList edges = barabasi_albert({.num_nodes = 200000, .edges_per_node = 3, .seed = 1});
  const auto degree = testing::undirected_degrees(edges);
  const double alpha = discrete_power_law_mle(degree, 10.0);
  CHECK(alpha == Approx(3.0).margin(0.2));
  CHECK(*std::max_element(degree.begin(), degree.end()) > 300);
}

TEST_CASE("barabasi_albert is deterministic for a seed", "[generators][barabasi_albert]") {
  const BarabasiAlbertOptions options{.num_nodes = 5000, .edges_per_node = 2, .seed = 3};
  const auto one = testing::with_threads(1, [&] { return barabasi_albert(options); });
  const auto two = testing::with_threads(2, [&] { return barabasi_albert(options); });
  CHECK(testing::same_edges(one, two));
  auto other = options;
  other.seed = 4;
  CHECK_FALSE(testing::same_edges(one, barabasi_albert(other)));
}

TEST_CASE("barabasi_albert rejects bad parameters naming them", "[generators][barabasi_albert]") {
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(barabasi_albert({.num_nodes = 1}), Contains("num_nodes"));
  CHECK_THROWS_WITH(barabasi_albert({.num_nodes = 5, .edges_per_node = 5}),
                    Contains("edges_per_node"));
  CHECK_THROWS_AS(barabasi_albert({.edges_per_node = 0}), std::invalid_argument);
}
