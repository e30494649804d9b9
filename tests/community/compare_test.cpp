// NMI / ARI against igraph's compare_communities, partition metrics against NetworkX
// (tests/fixtures/make_community.py).
#include "algorithms/community/compare.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "algorithms/community/partition_metrics.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;

TEST_CASE("NMI and ARI match igraph's compare_communities", "[community][compare]") {
  const auto doc = testing::fixture_json("community/expected.json");
  int checked = 0;
  for (const auto& c : doc.at("compare")) {
    const auto a = c.at("a").get<std::vector<Vertex>>();
    const auto b = c.at("b").get<std::vector<Vertex>>();
    CHECK_THAT(community::normalized_mutual_information(a, b),
               WithinAbs(c.at("nmi").get<double>(), 1e-9));
    CHECK_THAT(community::adjusted_rand_index(a, b), WithinAbs(c.at("ari").get<double>(), 1e-9));
    // Both are symmetric.
    CHECK_THAT(community::normalized_mutual_information(b, a),
               WithinAbs(c.at("nmi").get<double>(), 1e-9));
    ++checked;
  }
  CHECK(checked >= 8);
}

TEST_CASE("NMI and ARI of a partition with itself are 1, label names do not matter",
          "[community][compare]") {
  const std::vector<Vertex> a{0, 0, 1, 1, 2, 2, 2}, renamed{5, 5, -3, -3, 9, 9, 9};
  CHECK_THAT(community::normalized_mutual_information(a, renamed), WithinAbs(1.0, 1e-12));
  CHECK_THAT(community::adjusted_rand_index(a, renamed), WithinAbs(1.0, 1e-12));
}

TEST_CASE("partition comparison rejects mismatched input", "[community][compare][errors]") {
  const std::vector<Vertex> a{0, 1, 1}, b{0, 1};
  CHECK_THROWS_AS(community::normalized_mutual_information(a, b), std::invalid_argument);
  CHECK_THROWS_WITH(community::adjusted_rand_index(a, b), Contains("b"));
  CHECK_THROWS_WITH(community::adjusted_rand_index({}, {}), Contains("a"));
}

TEST_CASE("partition metrics match NetworkX", "[community][metrics]") {
  const auto doc = testing::fixture_json("community/expected.json");
  for (const auto& c : doc.at("metrics")) {
    const auto name = c.at("graph").get<std::string>();
    const bool weighted = c.at("weighted").get<bool>();
    INFO(name << " weighted=" << weighted);
    const CsrGraph g =
        testing::fixture_csr(name, weighted ? testing::Weights::use : testing::Weights::ignore);
    auto membership = c.at("membership").get<std::vector<Vertex>>();
    // NetworkX lists communities by smallest member: renumber ours the same way.
    std::vector<Vertex> id(g.num_nodes(), -1);
    Vertex next = 0;
    for (auto& m : membership) m = id[m] >= 0 ? id[m] : (id[m] = next++);
    const auto r = community::partition_metrics(g, membership);
    const auto conductance = c.at("conductance").get<std::vector<double>>();
    REQUIRE(r.conductance.size() == conductance.size());
    for (std::size_t k = 0; k < conductance.size(); ++k)
      CHECK_THAT(r.conductance[k], WithinAbs(conductance[k], 1e-9));
    if (c.contains("coverage")) {
      CHECK_THAT(r.coverage, WithinAbs(c.at("coverage").get<double>(), 1e-9));
      CHECK_THAT(r.performance, WithinAbs(c.at("performance").get<double>(), 1e-9));
    }
    double sizes = 0.0;
    for (const auto s : r.size) sizes += static_cast<double>(s);
    CHECK(sizes == g.num_nodes());
  }
}

TEST_CASE("partition metrics reject a bad membership", "[community][metrics][errors]") {
  const CsrGraph g = testing::fixture_csr("karate");
  CHECK_THROWS_WITH(community::partition_metrics(g, std::vector<Vertex>(2, 0)),
                    Contains("membership"));
}
