#include "algorithms/flow/min_cost_flow.hpp"

#include <catch2/catch.hpp>

#include "algorithms/flow/max_flow.hpp"
#include "tests/flow/flow_fixtures.hpp"
#include "tests/reference/flow_reference.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;

TEST_CASE("min-cost flow equals NetworkX's max_flow_min_cost and min_cost_flow",
          "[flow][min_cost_flow]") {
  // make_flow.py writes 30 cases, 24 with a volume; a fixture that lost its cases (an empty
  // list, a renamed key) must fail here rather than check nothing.
  const auto cases = testing::fixture_json("flow/min_cost_flow.json");
  REQUIRE(cases.size() == 30);
  int volume_cases = 0, positive_flow_cases = 0;
  for (const auto& c : cases) {
    const CsrGraph g = testing::json_graph(c);
    const auto cost = testing::json_arc_values(g, c, 3);
    const std::vector<Vertex> s{c["source"].get<Vertex>()}, t{c["sink"].get<Vertex>()};
    const auto r = flow::min_cost_flow(g, cost, s, t);
    CHECK(r.flow_value == c["max_flow"].get<double>());
    CHECK_THAT(r.cost, WithinAbs(c["max_flow_cost"].get<double>(), 1e-9));
    CHECK(!r.volume_met);
    positive_flow_cases += r.flow_value > 0;
    if (c.contains("volume")) {
      ++volume_cases;
      const double volume = c["volume"].get<double>();
      const auto part = flow::min_cost_flow(g, cost, s, t, {.volume = volume});
      CHECK(part.volume_met);
      CHECK(part.flow_value == volume);
      CHECK_THAT(part.cost, WithinAbs(c["volume_cost"].get<double>(), 1e-9));
    }
  }
  CHECK(volume_cases == 24);
  CHECK(positive_flow_cases >= 20);
}

TEST_CASE("min-cost flow equals the cycle-cancelling twin on random graphs",
          "[flow][min_cost_flow]") {
  for (std::uint64_t seed = 1; seed <= 25; ++seed) {
    const CsrGraph g =
        testing::random_graph(12, 36, seed, Direction::directed, testing::Weights::use);
    std::vector<double> cost(g.num_arcs());
    for (ArcIndex a = 0; a < g.num_arcs(); ++a) cost[a] = static_cast<double>((a * 7 + seed) % 11);
    const auto [flow_value, expected] = reference::max_flow_min_cost(g, 0, 11, cost);
    const std::vector<Vertex> s{0}, t{11};
    const auto r = flow::min_cost_flow(g, cost, s, t);
    CHECK_THAT(r.flow_value, WithinAbs(flow_value, 1e-9));
    CHECK_THAT(r.flow_value, WithinAbs(flow::max_flow(g, 0, 11).value, 1e-9));
    CHECK_THAT(r.cost, WithinAbs(expected, 1e-7));
  }
}

TEST_CASE("min-cost flow on an undirected graph uses edges both ways", "[flow][min_cost_flow]") {
  // 0-1 (cap 2, cost 1), 1-2 (cap 2, cost 1), 0-2 (cap 1, cost 5): send 3 from 2 to 0.
  EdgeList e{.num_nodes = 3, .sources = {0, 1, 0}, .targets = {1, 2, 2}, .weights = {2, 2, 1}};
  const CsrGraph g = build_csr(e, {.direction = Direction::undirected});
  std::vector<double> cost(g.num_arcs());
  for (Vertex u = 0; u < 3; ++u)
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a)
      cost[a] = (u + g.out_targets()[a] == 2) ? 5.0 : 1.0;  // {0,2} costs 5
  const std::vector<Vertex> s{2}, t{0};
  const auto r = flow::min_cost_flow(g, cost, s, t, {.volume = 3});
  CHECK(r.volume_met);
  CHECK(r.cost == 2 * 2 + 5);
}

TEST_CASE("min-cost flow rejects bad costs and volumes", "[flow][min_cost_flow]") {
  const CsrGraph g = testing::random_graph(5, 8, 1, Direction::directed, testing::Weights::use);
  const std::vector<Vertex> s{0}, t{4};
  std::vector<double> cost(g.num_arcs(), 1.0);
  CHECK_THROWS_WITH(flow::min_cost_flow(g, std::vector<double>{1.0}, s, t),
                    Contains("cost_per_unit"));
  cost[0] = -1.0;
  CHECK_THROWS_AS(flow::min_cost_flow(g, cost, s, t), std::invalid_argument);
  cost[0] = 1.0;
  CHECK_THROWS_WITH(flow::min_cost_flow(g, cost, s, t, {.volume = -2}), Contains("volume"));
  CHECK_THROWS_WITH(flow::min_cost_flow(g, cost, s, s), Contains("sinks"));
}
