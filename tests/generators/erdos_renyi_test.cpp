#include "algorithms/generators/erdos_renyi.hpp"

#include <catch2/catch.hpp>

#include "tests/generators/checks.hpp"

using namespace innonet;
using namespace innonet::generators;
using innonet::testing::with_threads;

TEST_CASE("erdos_renyi has exactly m distinct edges and no self loops",
          "[generators][erdos_renyi]") {
  for (const auto direction : {Direction::undirected, Direction::directed}) {
    const bool directed = direction == Direction::directed;
    const EdgeList edges =
        erdos_renyi({.num_nodes = 3000, .num_edges = 50000, .direction = direction, .seed = 2});
    CHECK(edges.num_nodes == 3000);
    REQUIRE(edges.sources.size() == 50000);
    CHECK(testing::non_simple_edges(edges, directed) == 0);
    for (std::size_t i = 0; i < edges.sources.size(); ++i) {
      if (!directed) CHECK(edges.sources[i] < edges.targets[i]);
      if (i > 0)
        CHECK(std::pair(edges.sources[i - 1], edges.targets[i - 1]) <
              std::pair(edges.sources[i], edges.targets[i]));
    }
  }
}

TEST_CASE("erdos_renyi degrees have the binomial mean and variance", "[generators][erdos_renyi]") {
  const Vertex n = 20000;
  const std::int64_t m = 200000;
  const auto degree = testing::undirected_degrees(erdos_renyi({.num_nodes = n, .num_edges = m}));
  const double pairs = 0.5 * n * (n - 1.0);
  const double p = static_cast<double>(m) / pairs;
  CHECK(testing::mean(degree) == Approx(2.0 * m / n).epsilon(1e-12));  // exact: 2m/n
  // G(n,m) degree variance: (n-1)p(1-p) less a small correction for the fixed total.
  CHECK(testing::variance(degree) == Approx((n - 1) * p * (1 - p)).epsilon(0.04));
}

TEST_CASE("erdos_renyi dense and extreme sizes", "[generators][erdos_renyi]") {
  // Above half of all pairs the complement is drawn.
  const EdgeList dense = erdos_renyi({.num_nodes = 60, .num_edges = 1500, .seed = 4});
  CHECK(dense.sources.size() == 1500);
  CHECK(testing::non_simple_edges(dense, false) == 0);
  const EdgeList complete = erdos_renyi({.num_nodes = 40, .num_edges = 40 * 39 / 2});
  CHECK(complete.sources.size() == 780);
  CHECK(testing::non_simple_edges(complete, false) == 0);
  const EdgeList full_directed =
      erdos_renyi({.num_nodes = 30, .num_edges = 870, .direction = Direction::directed});
  CHECK(testing::non_simple_edges(full_directed, true) == 0);
  CHECK(erdos_renyi({.num_nodes = 10, .num_edges = 0}).sources.empty());
  CHECK(erdos_renyi({.num_nodes = 0, .num_edges = 0}).num_nodes == 0);
}

TEST_CASE("erdos_renyi is deterministic for a seed at any thread count",
          "[generators][erdos_renyi]") {
  // Large enough for several blocks, sorting chunks and a surplus to drop.
  const ErdosRenyiOptions options{.num_nodes = 100000, .num_edges = 600000, .seed = 8};
  const auto one = with_threads(1, [&] { return erdos_renyi(options); });
  const auto two = with_threads(2, [&] { return erdos_renyi(options); });
  CHECK(testing::same_edges(one, two));
  auto other = options;
  other.seed = 9;
  CHECK_FALSE(testing::same_edges(one, erdos_renyi(other)));
}

TEST_CASE("erdos_renyi rejects bad parameters naming them", "[generators][erdos_renyi]") {
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(erdos_renyi({.num_nodes = -1}), Contains("num_nodes"));
  CHECK_THROWS_WITH(erdos_renyi({.num_nodes = 10, .num_edges = 46}), Contains("num_edges"));
  CHECK_THROWS_WITH(erdos_renyi({.num_nodes = 10, .num_edges = -1}), Contains("num_edges"));
  CHECK_THROWS_AS(erdos_renyi({.num_nodes = 1, .num_edges = 1}), std::invalid_argument);
}
