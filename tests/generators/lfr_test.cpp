#include "algorithms/generators/lfr.hpp"

#include <catch2/catch.hpp>
#include <numeric>

#include "algorithms/generators/community_assignment.hpp"
#include "algorithms/generators/configuration_model.hpp"
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

TEST_CASE("lfr reaches the requested mixing, degrees and community bounds", "[generators][lfr]") {
  for (double mu : {0.1, 0.3, 0.5}) {
    const LfrOptions options{.num_nodes = 5000,
                             .average_degree = 15,
                             .max_degree = 60,
                             .degree_exponent = 2.5,
                             .community_exponent = 1.5,
                             .mixing = mu,
                             .min_community = 30,
                             .max_community = 150,
                             .seed = 2};
    const LfrGraph g = lfr(options);
    REQUIRE(g.community.size() == 5000);
    CHECK(testing::non_simple_edges(g.edges, false) == 0);
    INFO("mu " << mu << " dropped " << g.dropped_edges << " of " << g.edges.sources.size());
    CHECK(g.dropped_edges * 1000 < std::ssize(g.edges.sources));  // under 0.1%
    const double measured = mixing_fraction(g.edges, g.community);
    CHECK(measured == Approx(mu).margin(0.02));
    CHECK(g.measured_mixing == Approx(measured).epsilon(1e-12));
    const auto degree = testing::undirected_degrees(g.edges);
    CHECK(testing::mean(degree) == Approx(15.0).margin(0.6));
    CHECK(*std::max_element(degree.begin(), degree.end()) <= 60);
    std::vector<Vertex> count(g.community_sizes.size(), 0);
    for (const auto c : g.community) ++count[c];
    CHECK(count == g.community_sizes);
    CHECK(std::accumulate(count.begin(), count.end(), 0) == 5000);
    for (const Vertex s : g.community_sizes) CHECK((s >= 30 && s <= 150));
  }
}

TEST_CASE("lfr internal edges stay within communities larger than the internal degree",
          "[generators][lfr]") {
  const LfrGraph g = lfr({.num_nodes = 2000, .mixing = 0.2, .seed = 5});
  std::vector<Vertex> internal(2000, 0);
  for (std::size_t i = 0; i < g.edges.sources.size(); ++i)
    if (g.community[g.edges.sources[i]] == g.community[g.edges.targets[i]]) {
      ++internal[g.edges.sources[i]];
      ++internal[g.edges.targets[i]];
    }
  for (Vertex v = 0; v < 2000; ++v) CHECK(internal[v] < g.community_sizes[g.community[v]]);
  CHECK(g.attempts >= 1);
}

TEST_CASE("lfr is deterministic for a seed at any thread count", "[generators][lfr]") {
  const LfrOptions options{.num_nodes = 4000, .mixing = 0.25, .seed = 13};
  const auto one = testing::with_threads(1, [&] { return lfr(options); });
  const auto two = testing::with_threads(2, [&] { return lfr(options); });
  CHECK(testing::same_edges(one.edges, two.edges));
  CHECK(one.community == two.community);
  auto other = options;
  other.seed = 14;
  CHECK_FALSE(testing::same_edges(one.edges, lfr(other).edges));
}

TEST_CASE("lfr rejects bad parameters naming them", "[generators][lfr]") {
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(lfr({.num_nodes = 1}), Contains("num_nodes"));
  CHECK_THROWS_WITH(lfr({.num_nodes = 40, .max_degree = 50}), Contains("max_degree"));
  CHECK_THROWS_WITH(lfr({.average_degree = 80}), Contains("average_degree"));
  CHECK_THROWS_WITH(lfr({.degree_exponent = 0.5}), Contains("degree_exponent"));
  CHECK_THROWS_WITH(lfr({.community_exponent = 0}), Contains("community_exponent"));
  CHECK_THROWS_WITH(lfr({.mixing = 1.5}), Contains("mixing"));
  CHECK_THROWS_WITH(lfr({.mixing = 0.0, .max_community = 20}), Contains("max_community"));
  CHECK_THROWS_WITH(lfr({.min_community = 60, .max_community = 55}), Contains("min_community"));
}

TEST_CASE("community sizes cover n within the bounds", "[generators][lfr]") {
  BlockRng rng(3);
  for (int trial = 0; trial < 50; ++trial) {
    const auto sizes = sample_community_sizes(1000 + trial, 10, 80, 1.5, rng);
    REQUIRE_FALSE(sizes.empty());
    CHECK(std::accumulate(sizes.begin(), sizes.end(), 0) == 1000 + trial);
    for (const Vertex s : sizes) CHECK((s >= 10 && s <= 80));
  }
  CHECK(sample_community_sizes(25, 10, 12, 1.5, rng).empty());  // 2 too few, 3 too many
}

TEST_CASE("configuration model keeps degrees and repairs to a simple graph", "[generators][lfr]") {
  std::vector<Vertex> stubs;
  const std::vector<std::int32_t> group = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
  for (Vertex v = 0; v < 12; ++v) stubs.insert(stubs.end(), 1 + v % 5, v);
  if (stubs.size() % 2) stubs.push_back(11);
  BlockRng rng(1);
  const StubMatching matched = match_stubs(stubs, rng, group);
  std::vector<std::int64_t> degree(12, 0), wanted(12, 0);
  for (const Vertex v : stubs) ++wanted[v];
  for (const auto& [u, v] : matched.edges) {
    CHECK(u != v);
    CHECK(group[u] != group[v]);
    ++degree[u];
    ++degree[v];
  }
  EdgeList edges;
  edges.num_nodes = 12;
  for (const auto& [u, v] : matched.edges) {
    edges.sources.push_back(u);
    edges.targets.push_back(v);
  }
  CHECK(testing::non_simple_edges(edges, false) == 0);
  CHECK(std::ssize(matched.edges) + matched.dropped == std::ssize(stubs) / 2);
  for (Vertex v = 0; v < 12; ++v) CHECK(degree[v] <= wanted[v]);
  if (matched.dropped == 0) CHECK(degree == wanted);
}
