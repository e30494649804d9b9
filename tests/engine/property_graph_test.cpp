#include <catch2/catch.hpp>

#include "engine/error.hpp"
#include "engine/projection.hpp"
#include "engine/property_graph_builder.hpp"

using namespace innonet;

namespace {
// city c1 > district d1 > park p1 > enterprise e1, e2; city c2 > park p2 (no district)
PropertyGraph hierarchy() {
  PropertyGraphBuilder b;
  b.add_node({.id = "e1", .name = "企业一", .type = "enterprise", .parent = "p1"});
  b.add_node({.id = "e2", .name = "企业二", .type = "enterprise", .parent = "p1"});
  b.add_node({.id = "p1", .name = "园区", .type = "park", .parent = "d1"});
  b.add_node({.id = "d1", .name = "区", .type = "district", .parent = "c1"});
  b.add_node({.id = "c1", .name = "南京", .type = "city"});
  b.add_node({.id = "c2", .name = "镇江", .type = "city"});
  b.add_node({.id = "p2", .name = "飞地", .type = "park", .parent = "c2"});
  b.add_edge({.id = "x1", .source = "e1", .target = "p2", .kind = "flying_enclave", .weight = 2});
  b.add_edge({.id = "x2", .source = "e2", .target = "p2", .kind = "tech_transfer", .year = 2021});
  b.add_edge({.id = "x3",
              .source = "e1",
              .target = "e2",
              .kind = "co_innovation",
              .direction = EdgeDirection::undirected,
              .evidence = "implied"});
  return b.build();
}
}  // namespace

TEST_CASE("builder resolves forward parents and computes depths", "[engine][property]") {
  const auto g = hierarchy();
  CHECK(g.num_nodes() == 7);
  CHECK(g.hierarchy_depth() == 4);
  const auto e1 = *g.find_node("e1");
  CHECK(g.depth(e1) == 3);
  CHECK(g.node(*g.node(e1).parent).id == "p1");
  CHECK(g.node(*g.ancestor_of_type(e1, *g.find_type("city"))).name == "南京");
  CHECK(g.children(*g.find_node("p1")).size() == 2);
  CHECK(g.incident_edges(e1).size() == 2);
}

TEST_CASE("builder refuses bad records, naming them", "[engine][property][errors]") {
  PropertyGraphBuilder b;
  b.add_node({.id = "a", .type = "city", .parent = "b", .origin = "nodes.csv:2"});
  b.add_node({.id = "b", .type = "city", .parent = "a", .origin = "nodes.csv:3"});
  CHECK_THROWS_WITH(b.build(), Catch::Contains("parent cycle") && Catch::Contains("nodes.csv:"));

  PropertyGraphBuilder c;
  c.add_node({.id = "a", .type = "city"});
  CHECK_THROWS_WITH(c.add_node({.id = "a", .type = "city", .origin = "f.json:9:5"}),
                    Catch::Contains("f.json:9:5: node 'a'") && Catch::Contains("duplicate"));
  CHECK_THROWS_WITH(c.add_edge({.id = "e", .source = "a", .target = "zz", .kind = "talent"}),
                    Catch::Contains("edge 'e'") && Catch::Contains("unknown target node 'zz'"));
  CHECK_THROWS_WITH(
      c.add_edge(
          {.id = "e", .source = "a", .target = "a", .kind = "talent", .weight = std::nan("")}),
      Catch::Contains("not finite"));
  CHECK_THROWS_WITH(
      c.add_edge({.id = "e", .source = "a", .target = "a", .kind = "talent", .year = 20211}),
      Catch::Contains("year 20211"));
  CHECK_THROWS_WITH(c.add_node({.id = "bad\xff", .type = "city"}), Catch::Contains("UTF-8"));
  c.add_node({.id = "orphan", .type = "park", .parent = "nowhere"});
  CHECK_THROWS_WITH(c.build(), Catch::Contains("unknown parent 'nowhere'"));
}

TEST_CASE("projection filters kinds, years, types and maps back", "[engine][projection]") {
  const auto g = hierarchy();
  const auto all = project(g);
  CHECK(all.num_nodes() == 7);
  CHECK(all.num_arcs() == 4);  // x1, x2, and x3 both ways
  const auto e1 = vertex_of(all, *g.find_node("e1"));
  const auto e2 = vertex_of(all, *g.find_node("e2"));
  CHECK(all.find_arc(e2, e1) >= 0);

  const auto undirected = project(g, {.direction = ProjectedDirection::undirected});
  CHECK(undirected.num_edges() == 3);

  const auto y2021 =
      project(g, {.year_from = 2021, .year_to = 2021, .yearless = YearlessEdges::exclude});
  CHECK(y2021.num_arcs() == 1);

  const auto enterprises = project(g, {.node_types = {"enterprise"}});
  CHECK(enterprises.num_nodes() == 2);
  CHECK(enterprises.num_arcs() == 2);
  CHECK(g.node(enterprises.node_refs()[0]).id == "e1");

  CHECK_THROWS_WITH(
      project(g, {.kinds = {"flying_enclaves"}}),
      Catch::Contains("unknown edge kind 'flying_enclaves'") && Catch::Contains("flying_enclave"));
  const auto without_e1 = project(g, {.removed_nodes = {*g.find_node("e1")}});
  CHECK(without_e1.num_nodes() == 6);
  CHECK(without_e1.num_arcs() == 1);
}
