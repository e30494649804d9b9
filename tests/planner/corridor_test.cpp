#include "algorithms/planner/corridor.hpp"

#include <catch2/catch.hpp>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"

using namespace innonet;
using namespace innonet::planner;

namespace {
// Two cities A and B and a third C. A holds park pa (with enterprises a1, a2), B holds park pb
// (with b1) and lab lb; C holds hub c1.
//   a1 - b1 tech_transfer (weight 2)     a2 - lb joint_lab (weight 1)
//   a1 - c1 talent (3), c1 - b1 talent (1)   -> a second route through C, capacity 1
//   A - B corridor_link (a declaration, not a tie)
// Corridor A-B: ties 2 (tech_transfer, joint_lab), multiplexity 2, declared links 1.
// Capacity between subtree(A) and subtree(B): 2 + 1 + min(3, 1) = 4; cut = the three ties
// entering B's subtree: a1-b1 (2), a2-lb (1), c1-b1 (1).
// Node-disjoint paths: a1-b1, a2-lb, a1-c1-b1 -> 3 (c1 is an intermediate used once).
PropertyGraph network() {
  PropertyGraphBuilder g;
  for (auto [id, type, parent] :
       std::vector<std::tuple<std::string, std::string, std::string>>{{"A", "city", ""},
                                                                      {"B", "city", ""},
                                                                      {"C", "city", ""},
                                                                      {"pa", "park", "A"},
                                                                      {"a1", "enterprise", "pa"},
                                                                      {"a2", "enterprise", "pa"},
                                                                      {"pb", "park", "B"},
                                                                      {"b1", "enterprise", "pb"},
                                                                      {"lb", "lab", "B"},
                                                                      {"c1", "platform", "C"}})
    g.add_node({.id = id, .name = id, .type = type, .parent = parent});
  auto tie = [&](std::string id, std::string s, std::string t, std::string kind, double w) {
    g.add_edge({.id = id,
                .source = s,
                .target = t,
                .kind = kind,
                .direction = EdgeDirection::undirected,
                .weight = w});
  };
  tie("t1", "a1", "b1", "tech_transfer", 2);
  tie("t2", "a2", "lb", "joint_lab", 1);
  tie("t3", "a1", "c1", "talent", 3);
  tie("t4", "c1", "b1", "talent", 1);
  tie("t5", "A", "B", "corridor_link", 1);
  g.add_group(
      {.id = "ab", .name = "A–B corridor", .kind = GroupKind::corridor, .members = {"A", "B"}});
  return g.build();
}
}  // namespace

TEST_CASE("corridor breakdown on a hand-built network", "[planner][corridor]") {
  const auto graph = network();
  const auto corridors = declared_corridors(graph);
  REQUIRE(corridors.size() == 1);
  const auto b = analyse_corridor(graph, corridors[0]);
  CHECK(b.ties == 2);
  CHECK(b.declared_links == 1);
  CHECK(b.multiplexity == 2);
  CHECK(b.ties_by_kind.at("tech_transfer") == 1);
  CHECK(b.ties_by_kind.at("joint_lab") == 1);
  CHECK(b.undated_ties == 2);
  CHECK(b.capacity == Approx(4.0).epsilon(1e-12));
  double cut = 0;
  for (const auto& t : b.bottleneck) cut += t.capacity;
  CHECK(cut == Approx(4.0).epsilon(1e-12));
  CHECK(b.bottleneck.size() == 3);
  CHECK(b.disjoint_paths == 3);
  CHECK(b.single_points.empty());
}

TEST_CASE("a single organisation holding a corridor together is found", "[planner][corridor]") {
  PropertyGraphBuilder g;
  g.add_node({.id = "A", .type = "city"});
  g.add_node({.id = "B", .type = "city"});
  g.add_node({.id = "hub", .type = "platform"});  // in no city
  g.add_node({.id = "a", .type = "lab", .parent = "A"});
  g.add_node({.id = "b", .type = "lab", .parent = "B"});
  g.add_edge({.id = "1", .source = "a", .target = "hub", .kind = "co_innovation", .weight = 5});
  g.add_edge({.id = "2", .source = "hub", .target = "b", .kind = "co_innovation", .weight = 2});
  g.add_edge({.id = "3", .source = "A", .target = "a", .kind = "membership"});
  const auto graph = g.build();
  const auto b = analyse_corridor(graph, proposed_corridor(graph, {"A", "B"}));
  CHECK(b.ties == 0);  // no tie runs directly between the two subtrees
  CHECK(b.capacity == Approx(2.0).epsilon(1e-12));
  CHECK(b.disjoint_paths == 1);
  REQUIRE(b.single_points.size() == 1);
  CHECK(graph.node(b.single_points[0]).id == "hub");
  CHECK_THROWS_AS(proposed_corridor(graph, {"A", "nowhere"}), UsageError);
  CHECK_THROWS_WITH(proposed_corridor(graph, {"A", "A"}), Catch::Contains("two distinct"));
  CHECK_THROWS_WITH(find_corridor(graph, "G999"), Catch::Contains("unknown corridor 'G999'"));
}

TEST_CASE("members that are not connected are reported, not hidden", "[planner][corridor]") {
  PropertyGraphBuilder g;
  g.add_node({.id = "A", .name = "甲", .type = "city"});
  g.add_node({.id = "B", .name = "乙", .type = "city"});
  g.add_edge({.id = "paper", .source = "A", .target = "B", .kind = "corridor_link"});
  const auto graph = g.build();
  const auto b = analyse_corridor(graph, proposed_corridor(graph, {"A", "B"}));
  CHECK(b.ties == 0);
  CHECK(b.declared_links == 1);
  CHECK(b.capacity == 0.0);
  CHECK(b.disjoint_paths == 0);
  REQUIRE(b.notes.size() == 1);
  CHECK(b.notes[0].issue == CorridorIssue::pair_not_connected);
}
