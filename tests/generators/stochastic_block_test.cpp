#include "algorithms/generators/stochastic_block.hpp"

#include <catch2/catch.hpp>

#include "tests/generators/checks.hpp"

using namespace innonet;
using namespace innonet::generators;

namespace {
double mixing_fraction(const EdgeList& edges, const std::vector<std::int32_t>& community) {
  double external = 0;
  for (std::size_t i = 0; i < edges.sources.size(); ++i)
    external += community[edges.sources[i]] != community[edges.targets[i]] ? 1 : 0;
  return external / static_cast<double>(edges.sources.size());
}
}  // namespace

TEST_CASE("planted partition reaches the requested mixing and degree", "[generators][sbm]") {
  for (double mu : {0.1, 0.3, 0.6}) {
    const auto options = planted_partition(20000, 25, 16.0, mu, 3);
    const PlantedPartition g = stochastic_block_model(options);
    REQUIRE(g.community.size() == 20000);
    CHECK(g.community.front() == 0);
    CHECK(g.community.back() == 24);
    CHECK(testing::non_simple_edges(g.edges, false) == 0);
    CHECK(mixing_fraction(g.edges, g.community) == Approx(mu).margin(0.02));
    CHECK(testing::mean(testing::undirected_degrees(g.edges)) == Approx(16.0).margin(0.3));
    for (std::size_t i = 0; i < g.edges.sources.size(); ++i)
      CHECK(g.edges.sources[i] < g.edges.targets[i]);
  }
}

TEST_CASE("stochastic block model with p_in = 1, p_out = 0 gives disjoint cliques",
          "[generators][sbm]") {
  const PlantedPartition g =
      stochastic_block_model({.block_sizes = {5, 1, 7, 3}, .p_in = 1, .p_out = 0});
  CHECK(g.edges.num_nodes == 16);
  CHECK(g.edges.sources.size() == 10 + 0 + 21 + 3);
  CHECK(g.community == std::vector<std::int32_t>{0, 0, 0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3});
  CHECK(mixing_fraction(g.edges, g.community) == 0.0);
  const PlantedPartition all =
      stochastic_block_model({.block_sizes = {4, 4}, .p_in = 1, .p_out = 1});
  CHECK(all.edges.sources.size() == 28);
  CHECK(testing::non_simple_edges(all.edges, false) == 0);
}

TEST_CASE("stochastic block model is deterministic at any thread count", "[generators][sbm]") {
  const auto options = planted_partition(50000, 10, 8.0, 0.2, 7);
  const auto one = testing::with_threads(1, [&] { return stochastic_block_model(options); });
  const auto two = testing::with_threads(2, [&] { return stochastic_block_model(options); });
  CHECK(testing::same_edges(one.edges, two.edges));
  auto other = options;
  other.seed = 8;
  CHECK_FALSE(testing::same_edges(one.edges, stochastic_block_model(other).edges));
}

TEST_CASE("stochastic block model rejects bad parameters naming them", "[generators][sbm]") {
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(stochastic_block_model({.block_sizes = {3, 0}}), Contains("block_sizes"));
  CHECK_THROWS_WITH(stochastic_block_model({.block_sizes = {3}, .p_in = 2}), Contains("p_in"));
  CHECK_THROWS_WITH(stochastic_block_model({.block_sizes = {3}, .p_out = -1}), Contains("p_out"));
  CHECK_THROWS_WITH(planted_partition(100, 0, 4, 0.1), Contains("blocks"));
  CHECK_THROWS_WITH(planted_partition(100, 4, 4, 1.1), Contains("mixing"));
  CHECK_THROWS_WITH(planted_partition(100, 50, 40, 0.1), Contains("average_degree"));
  CHECK_THROWS_WITH(planted_partition(0, 1, 4, 0.1), Contains("num_nodes"));
}
