#include "algorithms/planner/place_network.hpp"

#include <catch2/catch.hpp>

#include "algorithms/planner/corridor_score.hpp"
#include "engine/property_graph_builder.hpp"

using namespace innonet;
using namespace innonet::planner;

namespace {
// Cities on the equator: A (0,0) with 3 organisations under it (subtree size 4), B (0,1) with one
// (size 2), C (0,2) alone (size 1), and D with no coordinates.
// Ties: A-B 1, A-C 2, B-C 1 (and one corridor_link A-B that must not count).
// Hand-computed with d = one degree: T_AB = 4*2/d^2, T_AC = 4*1/(2d)^2, T_BC = 2*1/d^2, so the
// expected shares are 8/11, 1/11, 2/11; observed shares 1/4, 2/4, 1/4.
PropertyGraph three_cities() {
  PropertyGraphBuilder g;
  g.add_node({.id = "A", .name = "A", .type = "city", .coordinates = GeoPoint{0, 0}});
  g.add_node({.id = "B", .name = "B", .type = "city", .coordinates = GeoPoint{0, 1}});
  g.add_node({.id = "C", .name = "C", .type = "city", .coordinates = GeoPoint{0, 2}});
  g.add_node({.id = "D", .name = "D", .type = "city"});
  for (auto id : {"a1", "a2", "a3"}) g.add_node({.id = id, .type = "lab", .parent = "A"});
  g.add_node({.id = "b1", .type = "lab", .parent = "B"});
  auto tie = [&](std::string id, std::string s, std::string t, std::string kind) {
    g.add_edge({.id = id, .source = s, .target = t, .kind = kind});
  };
  tie("1", "a1", "b1", "talent");
  tie("2", "a2", "C", "joint_lab");
  tie("3", "a3", "C", "talent");
  tie("4", "b1", "C", "talent");
  tie("5", "A", "B", "corridor_link");
  g.add_group({.id = "ab", .kind = GroupKind::corridor, .members = {"A", "B"}});
  g.add_group({.id = "ac", .kind = GroupKind::corridor, .members = {"A", "C"}});
  g.add_group({.id = "ad", .kind = GroupKind::corridor, .members = {"A", "D"}});
  Indicator rd{
      .id = "i1", .scope = "A", .metric = "rd", .value = 10, .year = 2020, .kind = "actual"};
  g.add_indicator({.indicator = rd});
  return g.build();
}
}  // namespace

TEST_CASE("place network counts ties and gravity shares by hand", "[planner][gravity]") {
  const auto graph = three_cities();
  const auto net = place_network(graph);
  REQUIRE(net.size() == 3);
  CHECK(net.masses.mass == std::vector<double>{4, 2, 1});
  CHECK_THAT(net.masses.basis, Catch::Contains("subtree size"));
  REQUIRE(net.notes.size() == 1);
  CHECK_THAT(net.notes[0], Catch::Contains("D"));
  CHECK(net.ties_total == 4);
  const auto a = *graph.find_node("A"), b = *graph.find_node("B"), c = *graph.find_node("C");
  const auto ab = gravity_fit(net, {a, b});
  REQUIRE(ab.available);
  CHECK(ab.expected_share == Approx(8.0 / 11).epsilon(1e-12));
  CHECK(ab.observed_share == Approx(0.25).epsilon(1e-12));
  CHECK(ab.observed_to_expected == Approx(11.0 / 32).epsilon(1e-12));
  CHECK(gravity_fit(net, {a, c}).observed_to_expected == Approx(5.5).epsilon(1e-12));
  CHECK(gravity_fit(net, {b, c}).observed_to_expected == Approx(11.0 / 8).epsilon(1e-12));
  CHECK_FALSE(gravity_fit(net, {a, *graph.find_node("D")}).available);
}

TEST_CASE("a removed node is no place", "[planner][gravity]") {
  // Removing C (and its ties 2, 3, 4, as --within does) leaves A and B: one tie, T_AB alone, so
  // the pair holds the whole expected and observed share.
  const auto graph = three_cities();
  Selection selection;
  selection.removed_nodes = {*graph.find_node("C")};
  selection.removed_edges = {EdgeRef{1}, EdgeRef{2}, EdgeRef{3}};
  const auto net = place_network(graph, {.selection = selection});
  REQUIRE(net.size() == 2);
  CHECK(net.index_of(*graph.find_node("C")) == -1);
  CHECK(net.ties_total == 1);
  const auto ab = gravity_fit(net, {*graph.find_node("A"), *graph.find_node("B")});
  REQUIRE(ab.available);
  CHECK(ab.expected_share == Approx(1.0).epsilon(1e-12));
  CHECK(ab.observed_share == Approx(1.0).epsilon(1e-12));
}

TEST_CASE("indicator masses fall back to the proxy and say so", "[planner][gravity]") {
  const auto graph = three_cities();
  const auto net = place_network(graph, {.masses = {.metric = "rd"}});
  CHECK_THAT(net.masses.basis, Catch::Contains("proxy"));
  REQUIRE(net.masses.notes.size() == 1);
  CHECK_THAT(net.masses.notes[0], Catch::Contains("missing for B, C"));
}

TEST_CASE("corridor scores are explained by their components", "[planner][corridor]") {
  const auto graph = three_cities();
  const auto scores = score_corridors(graph, declared_corridors(graph));
  REQUIRE(scores.size() == 3);
  auto find = [&](const std::string& id) {
    for (const auto& s : scores)
      if (s.breakdown.corridor.id == id) return s;
    FAIL(id);
    return scores[0];
  };
  const auto ab = find("ab"), ac = find("ac"), ad = find("ad");
  // ties: ab 1, ac 2, ad 0 -> scores 0.5, 1, 0; tie kinds in the graph: talent, joint_lab.
  CHECK(ab.ties_score == 0.5);
  CHECK(ac.ties_score == 1.0);
  CHECK(ac.multiplexity_score == 1.0);  // both kinds
  CHECK(ab.multiplexity_score == 0.5);
  CHECK(ab.gravity_score == Approx(11.0 / 32).epsilon(1e-12));
  CHECK(ac.gravity_score == 1.0);
  CHECK_FALSE(ad.gravity.available);
  // capacity A-B: a1-b1 (1) + a1..a3 -> C -> b1 limited by b1-C (1) = 2; A-C: 2 + (a1-b1-C) 1 = 3
  CHECK(ab.breakdown.capacity == Approx(2.0).epsilon(1e-12));
  CHECK(ac.breakdown.capacity == Approx(3.0).epsilon(1e-12));
  // composite = weighted mean of the components shown
  const ScoreProfile w;
  const double expected_ab = (w.ties * ab.ties_score + w.multiplexity * ab.multiplexity_score +
                              w.capacity * ab.capacity_score + w.robustness * ab.robustness_score +
                              w.gravity_fit * ab.gravity_score) /
                             (w.ties + w.multiplexity + w.capacity + w.robustness + w.gravity_fit);
  CHECK(ab.composite == Approx(expected_ab).epsilon(1e-12));
  CHECK(scores.front().breakdown.corridor.id == "ac");
  CHECK(scores.back().breakdown.corridor.id == "ad");
}

TEST_CASE("score profiles are validated", "[planner][corridor][errors]") {
  CHECK(profile_from_json(nlohmann::json::parse(R"({"weights":{"ties":1}})")).ties == 1.0);
  CHECK_THROWS_WITH(profile_from_json(nlohmann::json::parse(R"({"weights":{"tie":1}})")),
                    Catch::Contains("unknown weight 'tie'"));
  CHECK_THROWS_WITH(profile_from_json(nlohmann::json::parse(R"({"weights":{"ties":-1}})")),
                    Catch::Contains("'ties'"));
  CHECK_THROWS_AS(profile_from_json(nlohmann::json::parse("[]")), std::invalid_argument);
}

TEST_CASE("scoring over a shared place network gives the one-shot scores", "[planner][corridor]") {
  const auto graph = three_cities();
  CorridorScoringOptions options;
  options.corridor.selection.kinds = {"talent"};
  options.places.masses.metric = "rd";
  const auto places = scoring_place_network(graph, options);
  // Ties follow the corridor selection: talent only (a1-b1, a3-C, b1-C).
  CHECK(places.ties_total == 3);
  // Masses and notes do not depend on the selection, so one network serves the CLI's notes too.
  const auto unselected = place_network(graph, options.places);
  CHECK(places.masses.basis == unselected.masses.basis);
  CHECK(places.masses.notes == unselected.masses.notes);
  CHECK(places.notes == unselected.notes);

  const auto corridors = declared_corridors(graph);
  const auto once = score_corridors(graph, corridors, options);
  const auto shared = score_corridors(graph, places, corridors, options);
  REQUIRE(shared.size() == once.size());
  for (std::size_t i = 0; i < once.size(); ++i) {
    INFO(once[i].breakdown.corridor.id);
    CHECK(shared[i].breakdown.corridor.id == once[i].breakdown.corridor.id);
    CHECK(shared[i].rank == once[i].rank);
    CHECK(shared[i].gravity.available == once[i].gravity.available);
    CHECK(shared[i].gravity.observed_to_expected == once[i].gravity.observed_to_expected);
    CHECK(shared[i].composite == once[i].composite);
  }
}
