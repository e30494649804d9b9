#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "algorithms/paths/all_shortest_paths.hpp"
#include "algorithms/paths/dijkstra.hpp"
#include "algorithms/paths/k_shortest_paths.hpp"
#include "algorithms/paths/widest_path.hpp"
#include "tests/flow/flow_fixtures.hpp"
#include "tests/reference/paths_reference.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;

namespace {
void check_distances(const std::vector<double>& got, const nlohmann::json& expected) {
  REQUIRE(got.size() == expected.size());
  for (std::size_t v = 0; v < got.size(); ++v) {
    if (expected[v].is_null()) {
      CHECK(std::isinf(got[v]));
    } else {
      CHECK_THAT(got[v], WithinAbs(expected[v].get<double>(), 1e-9));
    }
  }
}
}  // namespace

TEST_CASE("dijkstra matches NetworkX, lengths = weights and = 1/weight", "[paths][dijkstra]") {
  // make_flow.py writes 9 cases (8 random graphs with both length rules, then Les Misérables);
  // a fixture that lost its cases must fail here rather than check nothing.
  const auto cases = testing::fixture_json("flow/shortest_paths.json");
  REQUIRE(cases.size() == 9);
  int inverse_cases = 0;
  for (const auto& c : cases) {
    const CsrGraph g = testing::json_graph(c);
    const Vertex s = c["source"].get<Vertex>();
    check_distances(paths::dijkstra(g, s).distance, c["distance"]);
    if (c.contains("distance_inverse")) {
      ++inverse_cases;
      check_distances(paths::dijkstra(g, s, {.length = paths::LengthRule::inverse_weight}).distance,
                      c["distance_inverse"]);
    }
  }
  CHECK(inverse_cases == 8);
}

TEST_CASE("dijkstra equals Bellman-Ford and follows its parents", "[paths][dijkstra]") {
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const CsrGraph g = testing::random_graph(30, 80, seed, direction, testing::Weights::use);
      const auto lengths = paths::arc_lengths(g, paths::LengthRule::weight);
      const auto expected = reference::shortest_distances(g, 0, lengths);
      const auto r = paths::dijkstra(g, 0);
      for (Vertex v = 0; v < g.num_nodes(); ++v) {
        if (std::isinf(expected[v])) {
          CHECK(r.parent[v] == kNoVertex);
          continue;
        }
        CHECK_THAT(r.distance[v], WithinAbs(expected[v], 1e-12));
        const auto path = paths::path_from_parents(r.parent, 0, v);
        REQUIRE(!path.empty());
        CHECK(path.front() == 0);
      }
      const Vertex far = 29;
      const auto early = paths::dijkstra(g, 0, {.target = far});
      CHECK(early.distance[far] == r.distance[far]);
    }
}

TEST_CASE("widest paths equal a brute-force twin", "[paths][widest]") {
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const CsrGraph g = testing::random_graph(9, 18, seed, direction, testing::Weights::use);
      const auto expected = reference::widest_widths(g, 0);
      const auto r = paths::widest_paths(g, 0);
      for (Vertex v = 0; v < g.num_nodes(); ++v) {
        CHECK(r.width[v] == expected[v]);  // a min of weights: exact
        if (v == 0 || r.width[v] == 0.0) continue;
        // the parent chain realises the width
        double width = std::numeric_limits<double>::infinity();
        const auto path = paths::path_from_parents(r.parent, 0, v);
        for (std::size_t i = 0; i + 1 < path.size(); ++i)
          width = std::min(width, g.out_weight_array()[g.find_arc(path[i], path[i + 1])]);
        CHECK(width == r.width[v]);
      }
    }
}

TEST_CASE("Yen's k shortest paths equal NetworkX's shortest_simple_paths", "[paths][yen]") {
  const auto cases = testing::fixture_json("flow/k_shortest_paths.json");
  REQUIRE(cases.size() == 11);  // make_flow.py: 12 seeds, those with an s-t path; 10 paths each
  for (const auto& c : cases) {
    const CsrGraph g = testing::json_graph(c);
    const auto expected = c["paths"];
    const auto r = paths::k_shortest_paths(g, c["source"].get<Vertex>(), c["target"].get<Vertex>(),
                                           {.k = static_cast<int>(expected.size())});
    REQUIRE(r.paths.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CHECK_THAT(r.paths[i].length, WithinAbs(expected[i]["length"].get<double>(), 1e-9));
      CHECK(r.paths[i].vertices == expected[i]["vertices"].get<std::vector<Vertex>>());
    }
  }
}

TEST_CASE("Yen's paths are the shortest simple paths of an exhaustive listing", "[paths][yen]") {
  for (std::uint64_t seed = 1; seed <= 15; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const CsrGraph g = testing::random_graph(8, 16, seed, direction, testing::Weights::use);
      const auto all =
          reference::all_simple_paths(g, 0, 7, paths::arc_lengths(g, paths::LengthRule::weight));
      const auto r = paths::k_shortest_paths(g, 0, 7, {.k = 6});
      REQUIRE(r.paths.size() == std::min<std::size_t>(6, all.size()));
      for (std::size_t i = 0; i < r.paths.size(); ++i)
        CHECK_THAT(r.paths[i].length, WithinAbs(all[i].length, 1e-12));
    }
}

TEST_CASE("all shortest paths equal NetworkX's list", "[paths][all_shortest]") {
  const auto cases = testing::fixture_json("flow/all_shortest_paths.json");
  REQUIRE(cases.size() == 10);  // make_flow.py: 10 seeds; 9 have a path, 3 more than one
  std::size_t paths_seen = 0;
  for (const auto& c : cases) {
    const CsrGraph g = testing::json_graph(c);
    const auto r =
        paths::all_shortest_paths(g, c["source"].get<Vertex>(), c["target"].get<Vertex>());
    CHECK(r.paths == c["paths"].get<std::vector<std::vector<Vertex>>>());
    CHECK(!r.truncated);
    paths_seen += r.paths.size();
  }
  CHECK(paths_seen == 17);
  const CsrGraph grid =
      testing::json_graph(testing::fixture_json("flow/all_shortest_paths.json")[0]);
  const auto capped = paths::all_shortest_paths(grid, 0, 29, {.max_paths = 1});
  CHECK(capped.paths.size() == 1);
  CHECK(capped.truncated);
}

TEST_CASE("path kernels reject bad parameters", "[paths]") {
  EdgeList edges{.num_nodes = 3, .sources = {0, 1}, .targets = {1, 2}, .weights = {-1.0, 2.0}};
  const CsrGraph negative = build_csr(edges);
  CHECK_THROWS_WITH(paths::dijkstra(negative, 0), Contains("weight"));
  CHECK_THROWS_WITH(paths::widest_paths(negative, 0), Contains("weight"));
  edges.weights = {0.0, 2.0};
  const CsrGraph zero = build_csr(edges);
  CHECK_NOTHROW(paths::dijkstra(zero, 0));
  CHECK_THROWS_AS(paths::dijkstra(zero, 0, {.length = paths::LengthRule::inverse_weight}),
                  std::invalid_argument);
  CHECK_THROWS_WITH(paths::dijkstra(zero, 3), Contains("source"));
  CHECK_THROWS_WITH(paths::k_shortest_paths(zero, 0, 0), Contains("source == target"));
  CHECK_THROWS_WITH(paths::k_shortest_paths(zero, 0, 2, {.k = 0}), Contains("k:"));
  CHECK_THROWS_WITH(paths::all_shortest_paths(zero, 0, 5), Contains("target"));
}
