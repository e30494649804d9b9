#include "algorithms/planner/recommend.hpp"

#include <catch2/catch.hpp>

#include "algorithms/planner/place_efficiency.hpp"
#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using namespace innonet::planner;

namespace {
PlaceAdjacency from_edges(std::int32_t n, const std::vector<std::pair<int, int>>& edges) {
  PlaceAdjacency adj;
  adj.neighbours.resize(n);
  for (auto [u, v] : edges) adj.neighbours[u].push_back(v), adj.neighbours[v].push_back(u);
  for (auto& row : adj.neighbours) {
    std::sort(row.begin(), row.end());
    row.erase(std::unique(row.begin(), row.end()), row.end());
  }
  return adj;
}

// Reference twin: efficiency from Floyd–Warshall distances.
double efficiency_by_floyd(std::int32_t n, const std::vector<std::pair<int, int>>& edges) {
  const int inf = 1 << 20;
  std::vector<std::vector<int>> d(n, std::vector<int>(n, inf));
  for (int v = 0; v < n; ++v) d[v][v] = 0;
  for (auto [u, v] : edges) d[u][v] = d[v][u] = std::min(d[u][v], 1);
  for (int k = 0; k < n; ++k)
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j) d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);
  double sum = 0;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      if (i != j && d[i][j] < inf) sum += 1.0 / d[i][j];
  return n < 2 ? 0 : sum / (double(n) * (n - 1));
}
}  // namespace

TEST_CASE("global efficiency by hand and against a Floyd–Warshall twin", "[planner][efficiency]") {
  // Path a-b-c: pairs at distance 1, 1, 2 (both orders): (1 + 1 + 1/2) * 2 / 6 = 5/6.
  const auto path = place_distances(from_edges(3, {{0, 1}, {1, 2}}));
  CHECK(global_efficiency(path) == Approx(5.0 / 6).epsilon(1e-15));
  const auto closing = effect_of_new_tie(path, 0, 2);
  CHECK(closing.efficiency_gain == Approx(1.0 / 6).epsilon(1e-12));
  CHECK(closing.places_reconnected == 0);

  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    const auto list = testing::random_edge_list(12, 10 + seed % 7, seed, testing::Weights::ignore);
    std::vector<std::pair<int, int>> edges;
    for (std::size_t e = 0; e < list.sources.size(); ++e)
      edges.emplace_back(list.sources[e], list.targets[e]);
    const auto d = place_distances(from_edges(12, edges));
    REQUIRE(global_efficiency(d) == Approx(efficiency_by_floyd(12, edges)).epsilon(1e-12));
    const int a = static_cast<int>(seed % 12), b = static_cast<int>((seed * 7 + 3) % 12);
    if (a == b) continue;
    auto more = edges;
    more.emplace_back(a, b);
    CHECK(global_efficiency(d) + effect_of_new_tie(d, a, b).efficiency_gain ==
          Approx(efficiency_by_floyd(12, more)).epsilon(1e-12));
  }
}

TEST_CASE("recommendations blend gravity, structure and gain as documented",
          "[planner][recommend]") {
  PropertyGraphBuilder g;
  g.add_node({.id = "A", .name = "A", .type = "city", .coordinates = GeoPoint{0, 0}});
  g.add_node({.id = "B", .name = "B", .type = "city", .coordinates = GeoPoint{0, 1}});
  g.add_node({.id = "C", .name = "C", .type = "city", .coordinates = GeoPoint{0, 2}});
  for (auto id : {"a1", "a2", "a3"}) g.add_node({.id = id, .type = "lab", .parent = "A"});
  g.add_node({.id = "b1", .type = "lab", .parent = "B"});
  g.add_edge({.id = "1", .source = "a1", .target = "b1", .kind = "talent"});
  g.add_edge({.id = "2", .source = "a2", .target = "C", .kind = "joint_lab"});
  g.add_edge({.id = "3", .source = "b1", .target = "C", .kind = "talent"});
  const auto graph = g.build();
  // joint_lab exists for A-C, so the candidates are A-B and B-C. The place network is a
  // triangle (efficiency 1, no gain). Gravity shares (subtree sizes 4, 2, 1 at 1, 2, 1 degrees):
  // T_AB = 8, T_AC = 1, T_BC = 2 (over d^2) -> 8/11 and 2/11 -> gravity scores 1 and 0.25.
  // Common neighbours: A-B share C (degree 2), B-C share A (degree 2): RA 0.5 each -> 1 and 1.
  // Scores: A-B = 0.4 * 1 + 0.3 * 1 = 0.7; B-C = 0.4 * 0.25 + 0.3 * 1 = 0.4.
  const auto result = recommend(graph, {.kind = "joint_lab"});
  CHECK(result.candidates == 2);
  CHECK(result.efficiency == Approx(1.0).epsilon(1e-15));
  REQUIRE(result.recommendations.size() == 2);
  const auto& best = result.recommendations[0];
  CHECK(graph.node(best.a).id == "A");
  CHECK(graph.node(best.b).id == "B");
  CHECK(best.expected_share == Approx(8.0 / 11).epsilon(1e-12));
  CHECK(best.resource_allocation == Approx(0.5).epsilon(1e-15));
  CHECK(best.score == Approx(0.7).epsilon(1e-12));
  CHECK(result.recommendations[1].score == Approx(0.4).epsilon(1e-12));
  REQUIRE(best.common_neighbours.size() == 1);  // the numbers the CLI's reasons quote
  CHECK(graph.node(best.common_neighbours[0]).id == "C");
  // Same input, same answer.
  const auto again = recommend(graph, {.kind = "joint_lab"});
  CHECK(again.recommendations[0].score == best.score);
  CHECK_THROWS_AS(recommend(graph, {.kind = "flying_enclav"}), UsageError);
  CHECK_THROWS_AS(recommend(graph, {.kind = "talent", .top = 0}), std::invalid_argument);
}
