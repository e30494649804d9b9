#include "algorithms/generators/watts_strogatz.hpp"

#include <catch2/catch.hpp>
#include <set>

#include "tests/generators/checks.hpp"

using namespace innonet;
using namespace innonet::generators;

namespace {

// Mean local clustering coefficient, straight from the definition.
double average_clustering(const EdgeList& edges) {
  std::vector<std::set<Vertex>> adj(static_cast<std::size_t>(edges.num_nodes));
  for (std::size_t i = 0; i < edges.sources.size(); ++i) {
    adj[edges.sources[i]].insert(edges.targets[i]);
    adj[edges.targets[i]].insert(edges.sources[i]);
  }
  double sum = 0;
  for (const auto& nbrs : adj) {
    const double k = static_cast<double>(nbrs.size());
    if (k < 2) continue;
    double links = 0;
    for (const Vertex a : nbrs)
      for (const Vertex b : nbrs)
        if (a < b && adj[a].contains(b)) links += 1;
    sum += links / (k * (k - 1) / 2);
  }
  return sum / static_cast<double>(adj.size());
}

}  // namespace

TEST_CASE("watts_strogatz at p = 0 is the ring lattice with clustering 3(k-2)/(4(k-1))",
          "[generators][watts_strogatz]") {
  for (int k : {2, 4, 6, 10}) {
    const EdgeList edges =
        watts_strogatz({.num_nodes = 200, .neighbors = k, .rewire_probability = 0});
    CHECK(edges.sources.size() == static_cast<std::size_t>(100 * k));
    CHECK(testing::non_simple_edges(edges, false) == 0);
    CHECK_THAT(average_clustering(edges),
               Catch::Matchers::WithinAbs(3.0 * (k - 2) / (4.0 * (k - 1)), 1e-12));
    for (const auto d : testing::undirected_degrees(edges)) CHECK(d == k);
  }
}

TEST_CASE("watts_strogatz clustering drops as p grows", "[generators][watts_strogatz]") {
  double previous = 1.0;
  for (double p : {0.0, 0.05, 0.3, 1.0}) {
    const EdgeList edges =
        watts_strogatz({.num_nodes = 2000, .neighbors = 10, .rewire_probability = p, .seed = 2});
    CHECK(edges.sources.size() == 10000);
    CHECK(testing::non_simple_edges(edges, false) == 0);
    const double c = average_clustering(edges);
    CHECK(c < previous);
    previous = c;
  }
  CHECK(previous < 0.02);  // p = 1: about k/n
}

TEST_CASE("watts_strogatz is deterministic for a seed", "[generators][watts_strogatz]") {
  const WattsStrogatzOptions options{.num_nodes = 3000, .neighbors = 6, .rewire_probability = 0.2};
  const auto one = testing::with_threads(1, [&] { return watts_strogatz(options); });
  const auto two = testing::with_threads(2, [&] { return watts_strogatz(options); });
  CHECK(testing::same_edges(one, two));
  auto other = options;
  other.seed = 5;
  CHECK_FALSE(testing::same_edges(one, watts_strogatz(other)));
}

TEST_CASE("watts_strogatz rejects bad parameters naming them", "[generators][watts_strogatz]") {
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(watts_strogatz({.num_nodes = 2}), Contains("num_nodes"));
  CHECK_THROWS_WITH(watts_strogatz({.neighbors = 3}), Contains("neighbors"));
  CHECK_THROWS_WITH(watts_strogatz({.num_nodes = 10, .neighbors = 10}), Contains("neighbors"));
  CHECK_THROWS_WITH(watts_strogatz({.rewire_probability = 1.5}), Contains("rewire_probability"));
}
