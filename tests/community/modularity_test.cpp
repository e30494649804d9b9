// Modularity and CPM quality of given partitions against NetworkX / igraph / leidenalg
// (tests/fixtures/make_community.py), error paths, and thread-count independence.
#include "algorithms/community/modularity.hpp"

#include <omp.h>

#include <catch2/catch.hpp>
#include <limits>
#include <stdexcept>
#include <vector>

#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;

namespace {

CsrGraph case_graph(const nlohmann::json& c) {
  return testing::fixture_csr(c.at("graph").get<std::string>(), c.at("weighted").get<bool>()
                                                                    ? testing::Weights::use
                                                                    : testing::Weights::ignore);
}

}  // namespace

TEST_CASE("modularity matches NetworkX on given partitions", "[community][modularity]") {
  const auto doc = testing::fixture_json("community/expected.json");
  int checked = 0;
  for (const auto& c : doc.at("modularity")) {
    const CsrGraph g = case_graph(c);
    const auto membership = c.at("membership").get<std::vector<Vertex>>();
    const double resolution = c.at("resolution").get<double>();
    INFO(c.at("graph").get<std::string>()
         << " weighted=" << c.at("weighted") << " resolution=" << resolution);
    CHECK_THAT(community::modularity(g, membership, {.resolution = resolution}),
               WithinAbs(c.at("modularity").get<double>(), 1e-9));
    ++checked;
  }
  CHECK(checked >= 25);
}

TEST_CASE("CPM quality matches leidenalg on given partitions", "[community][modularity][cpm]") {
  const auto doc = testing::fixture_json("community/expected.json");
  for (const auto& c : doc.at("modularity")) {
    const CsrGraph g = case_graph(c);
    // With self-loops leidenalg counts n_c^2 possible pairs instead of n_c (n_c - 1).
    bool loops = false;
    for (Vertex v = 0; v < g.num_nodes(); ++v) loops = loops || g.find_arc(v, v) >= 0;
    if (loops) continue;
    const auto membership = c.at("membership").get<std::vector<Vertex>>();
    const double resolution = c.at("resolution").get<double>();
    INFO(c.at("graph").get<std::string>() << " resolution=" << resolution);
    // leidenalg's quality() is 2H for undirected graphs (its `(2 - directed) * q`).
    const double expected = c.at("cpm").get<double>() / (g.is_directed() ? 1.0 : 2.0);
    CHECK_THAT(community::cpm_quality(g, membership, {.resolution = resolution}),
               WithinAbs(expected, 1e-9 * std::max(1.0, std::abs(expected))));
  }
}

TEST_CASE("modularity is the same at 1 and 2 threads", "[community][modularity][threads]") {
  const CsrGraph g =
      testing::random_graph(40000, 100000, 3, Direction::undirected, testing::Weights::use);
  std::vector<Vertex> membership(g.num_nodes());
  for (Vertex v = 0; v < g.num_nodes(); ++v) membership[v] = (v * 7919) % 97;
  omp_set_num_threads(1);
  const double one = community::modularity(g, membership);
  omp_set_num_threads(2);
  const double two = community::modularity(g, membership);
  CHECK(one == two);
}

TEST_CASE("modularity rejects bad input, naming the parameter", "[community][modularity][errors]") {
  const CsrGraph g = testing::fixture_csr("karate");
  std::vector<Vertex> membership(g.num_nodes(), 0);
  CHECK_THROWS_AS(community::modularity(g, membership, {.resolution = 0.0}), std::invalid_argument);
  CHECK_THROWS_WITH(community::modularity(g, membership, {.resolution = -1.0}),
                    Contains("resolution"));
  CHECK_THROWS_WITH(community::modularity(g, membership,
                                          {.resolution = std::numeric_limits<double>::quiet_NaN()}),
                    Contains("resolution"));
  CHECK_THROWS_WITH(community::modularity(g, std::vector<Vertex>(3, 0)), Contains("membership"));
  membership[5] = 34;
  CHECK_THROWS_WITH(community::modularity(g, membership), Contains("membership"));
  membership[5] = -1;
  CHECK_THROWS_AS(community::modularity(g, membership), std::invalid_argument);

  EdgeList edges;
  edges.num_nodes = 3;
  edges.sources = {0, 1};
  edges.targets = {1, 2};
  edges.weights = {1.0, -2.0};
  const CsrGraph negative = build_csr(edges, {.direction = Direction::undirected});
  CHECK_THROWS_AS(community::modularity(negative, std::vector<Vertex>(3, 0)),
                  std::invalid_argument);
  CHECK_THROWS_WITH(community::modularity(negative, std::vector<Vertex>(3, 0)),
                    Contains("weights"));
  CHECK_THROWS_WITH(community::cpm_quality(negative, std::vector<Vertex>(3, 0)),
                    Contains("weights"));
}

TEST_CASE("modularity of a graph without edges is NaN", "[community][modularity]") {
  EdgeList edges;
  edges.num_nodes = 4;
  const CsrGraph g = build_csr(edges, {.direction = Direction::undirected});
  CHECK(std::isnan(community::modularity(g, std::vector<Vertex>{0, 1, 2, 3})));
}
