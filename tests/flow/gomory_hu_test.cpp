#include "algorithms/flow/gomory_hu.hpp"

#include <omp.h>

#include <catch2/catch.hpp>

#include "algorithms/flow/max_flow.hpp"
#include "tests/flow/flow_fixtures.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;

TEST_CASE("Gomory-Hu values equal NetworkX's tree and direct max flows, every pair",
          "[flow][gomory_hu]") {
  for (const auto& c : testing::fixture_json("flow/gomory_hu.json")) {
    const CsrGraph g = testing::json_graph(c);
    const auto tree = flow::gomory_hu(g);
    CHECK(tree.max_flow_runs == g.num_nodes() - 1);
    const auto all = flow::all_pairs_min_cut(tree);
    const Vertex n = g.num_nodes();
    for (Vertex u = 0; u < n; ++u)
      for (Vertex v = u + 1; v < n; ++v) {
        const double expected = c["min_cut"][u][v].get<double>();
        CHECK_THAT(all[u * n + v], WithinAbs(expected, 1e-9));
        CHECK(all[u * n + v] == all[v * n + u]);
        const auto direct = flow::max_flow(g, u, v, {.detail = flow::FlowDetail::value_only});
        CHECK_THAT(direct.value, WithinAbs(all[u * n + v], 1e-9));
      }
    CHECK(flow::min_cut_value(tree, 3, 17) == all[3 * n + 17]);
  }
}

TEST_CASE("Gomory-Hu tree agrees with max flow on random graphs, 1 and 2 threads",
          "[flow][gomory_hu]") {
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const CsrGraph g =
        testing::random_graph(25, 60, seed, Direction::undirected,
                              seed % 2 ? testing::Weights::use : testing::Weights::ignore);
    const auto tree = flow::gomory_hu(g);
    omp_set_num_threads(1);
    const auto one = flow::all_pairs_min_cut(tree);
    omp_set_num_threads(2);
    const auto two = flow::all_pairs_min_cut(tree);
    CHECK(one == two);
    for (Vertex u = 0; u < 25; u += 3)
      for (Vertex v = u + 1; v < 25; v += 2)
        CHECK_THAT(one[u * 25 + v], WithinAbs(flow::max_flow(g, u, v).value, 1e-9));
  }
}

TEST_CASE("Gomory-Hu rejects directed graphs", "[flow][gomory_hu]") {
  const CsrGraph g = testing::random_graph(5, 8, 1, Direction::directed, testing::Weights::use);
  CHECK_THROWS_AS(flow::gomory_hu(g), std::invalid_argument);
  CHECK_THROWS_WITH(flow::gomory_hu(g), Contains("graph"));
}
