// Roll-up and level projection on a hand-built hierarchy whose answers are worked out by hand.
#include "engine/rollup.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <optional>
#include <random>

#include "engine/error.hpp"
#include "engine/level_projection.hpp"
#include "engine/property_graph_builder.hpp"

using namespace innonet;

namespace {

// c1 > d1 > p1 > {e1, e2};  c2 > p2 > e3;  c3 (no edges);  lab L has no parent (unplaced).
//   x1 e1->e3 tech_transfer w2 2020      x2 e2->p2 tech_transfer w3 2021
//   x3 p1--p2 partner_park w1 2019 implied (undirected)
//   x4 e1->e2 co_innovation w5 (internal to c1, to d1 and to p1)
//   x5 L->e1 branch w1   x7 L->p2 branch w1 (lost at the city level)
//   x6 c2->d1 talent w4 2022
PropertyGraph hierarchy() {
  PropertyGraphBuilder b;
  auto node = [&](std::string id, std::string type, std::string parent) {
    NodeSpec spec;
    spec.id = id;
    spec.name = id;
    spec.type = std::move(type);
    spec.parent = std::move(parent);
    b.add_node(std::move(spec));
  };
  node("c1", "city", "");
  node("c2", "city", "");
  node("c3", "city", "");
  node("d1", "district", "c1");
  node("p1", "park", "d1");
  node("p2", "park", "c2");
  node("e1", "enterprise", "p1");
  node("e2", "enterprise", "p1");
  node("e3", "enterprise", "p2");
  node("L", "lab", "");
  auto edge = [&](std::string id, std::string s, std::string t, std::string kind, double w,
                  std::int32_t year, EdgeDirection direction, std::string evidence) {
    EdgeSpec spec;
    spec.id = id;
    spec.source = std::move(s);
    spec.target = std::move(t);
    spec.kind = std::move(kind);
    spec.weight = w;
    spec.year = year;
    spec.direction = direction;
    spec.evidence = std::move(evidence);
    b.add_edge(std::move(spec));
  };
  const auto d = EdgeDirection::directed;
  edge("x1", "e1", "e3", "tech_transfer", 2, 2020, d, "stated");
  edge("x2", "e2", "p2", "tech_transfer", 3, 2021, d, "stated");
  edge("x3", "p1", "p2", "partner_park", 1, 2019, EdgeDirection::undirected, "implied");
  edge("x4", "e1", "e2", "co_innovation", 5, kNoYear, d, "stated");
  edge("x5", "L", "e1", "branch", 1, kNoYear, d, "stated");
  edge("x6", "c2", "d1", "talent", 4, 2022, d, "stated");
  edge("x7", "L", "p2", "branch", 1, kNoYear, d, "stated");
  return b.build();
}

NodeRef ref(const PropertyGraph& g, const char* id) { return *g.find_node(id); }

const RollupTie* find_tie(const PropertyGraph& g, const Rollup& r, const char* s, const char* t,
                          const char* kind) {
  for (const auto& tie : r.ties)
    if (tie.source == ref(g, s) && tie.target == ref(g, t) && g.kind_name(tie.kind) == kind)
      return &tie;
  return nullptr;
}

}  // namespace

TEST_CASE("roll-up to cities counts ties per kind, internal and lost edges", "[engine][rollup]") {
  const auto g = hierarchy();
  const Rollup r = rollup(g, {}, "city");
  CHECK(r.level_nodes == std::vector<NodeRef>{ref(g, "c1"), ref(g, "c2"), ref(g, "c3")});
  REQUIRE(r.ties.size() == 3);
  const auto* tt = find_tie(g, r, "c1", "c2", "tech_transfer");
  REQUIRE(tt);
  CHECK(tt->edge_count == 2);
  CHECK(tt->weight_sum == 5.0);
  CHECK(tt->direction == EdgeDirection::directed);
  const auto* pp = find_tie(g, r, "c1", "c2", "partner_park");
  REQUIRE(pp);
  CHECK(pp->direction == EdgeDirection::undirected);
  CHECK(pp->edge_count == 1);
  const auto* talent = find_tie(g, r, "c2", "c1", "talent");
  REQUIRE(talent);
  CHECK(talent->weight_sum == 4.0);

  REQUIRE(r.pairs.size() == 3);  // c1->c2 directed (2 edges), c1--c2 undirected, c2->c1
  CHECK(r.pairs[0].source == ref(g, "c1"));
  CHECK(r.pairs[0].edge_count == 2);
  CHECK(r.pairs[0].weight_sum == 5.0);

  REQUIRE(r.internal.size() == 1);
  CHECK(r.internal[0].level_node == ref(g, "c1"));
  CHECK(r.internal[0].edge_count == 1);
  CHECK(r.internal[0].weight_sum == 5.0);

  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0].node == ref(g, "L"));
  CHECK(r.unplaced[0].edges_lost == 2);
  CHECK(r.edges_selected == 7);
  CHECK(r.edges_between == 4);
  CHECK(r.edges_internal == 1);
  CHECK(r.edges_lost == 2);
}

TEST_CASE("roll-up to parks: higher nodes are unplaced too", "[engine][rollup]") {
  const auto g = hierarchy();
  const Rollup r = rollup(g, {}, "park");
  CHECK(r.level_nodes == std::vector<NodeRef>{ref(g, "p1"), ref(g, "p2")});
  // x1 e1->e3 and x2 e2->p2 become p1->p2 tech_transfer; x3 p1--p2; x4 internal to p1.
  REQUIRE(r.ties.size() == 2);
  CHECK(find_tie(g, r, "p1", "p2", "tech_transfer")->edge_count == 2);
  CHECK(r.internal.size() == 1);
  // c1, c2, c3, d1 and L have no park above them; x5, x6, x7 are lost (x6 via c2 and d1).
  std::vector<std::string> unplaced;
  std::int64_t lost_total = 0;
  for (const auto& u : r.unplaced) {
    unplaced.push_back(g.node(u.node).id);
    lost_total += u.edges_lost;
  }
  CHECK(unplaced == std::vector<std::string>{"c1", "c2", "c3", "d1", "L"});
  CHECK(r.edges_lost == 3);
  CHECK(lost_total == 4);  // x6 counts for both c2 and d1
}

TEST_CASE("roll-up honours kinds, years, evidence and direction", "[engine][rollup]") {
  const auto g = hierarchy();
  const Rollup years =
      rollup(g, {.year_from = 2020, .year_to = 2021, .yearless = YearlessEdges::exclude}, "city");
  REQUIRE(years.ties.size() == 1);
  CHECK(years.ties[0].edge_count == 2);
  CHECK(years.edges_selected == 2);
  CHECK(years.unplaced.at(0).edges_lost == 0);

  const Rollup kinds = rollup(g, {.kinds = {"branch", "talent"}}, "city");
  CHECK(kinds.ties.size() == 1);
  CHECK(kinds.edges_lost == 2);

  const Rollup implied = rollup(g, {.evidence = {"implied"}}, "city");
  REQUIRE(implied.ties.size() == 1);
  CHECK(g.kind_name(implied.ties[0].kind) == "partner_park");

  const Rollup sym = rollup(g, {.direction = ProjectedDirection::undirected}, "city");
  CHECK(sym.pairs.size() == 1);
  CHECK(sym.pairs[0].edge_count == 4);
  CHECK(sym.pairs[0].weight_sum == 10.0);
  for (const auto& tie : sym.ties) CHECK(tie.direction == EdgeDirection::undirected);

  const Rollup units = rollup(g, {.weighting = Weighting::unit}, "city");
  CHECK(find_tie(g, units, "c1", "c2", "tech_transfer")->weight_sum == 2.0);

  // Only enterprise-to-enterprise edges: x1 (between) and x4 (internal); L is not selected.
  const Rollup firms = rollup(g, {.node_types = {"enterprise"}}, "city");
  CHECK(firms.edges_selected == 2);
  CHECK(firms.ties.size() == 1);
  CHECK(firms.unplaced.empty());
  CHECK(firms.level_nodes.size() == 3);

  // Removing c2 leaves p2 and e3 without a city.
  const Rollup without_c2 = rollup(g, {.removed_nodes = {ref(g, "c2")}}, "city");
  CHECK(without_c2.level_nodes.size() == 2);
  CHECK(without_c2.ties.empty());
  CHECK(without_c2.unplaced.size() == 3);  // p2, e3, L
}

TEST_CASE("roll-up refuses unknown levels and names", "[engine][rollup][errors]") {
  const auto g = hierarchy();
  CHECK_THROWS_AS(rollup(g, {}, "province"), UsageError);
  CHECK_THROWS_WITH(
      rollup(g, {}, "province"),
      Catch::Contains("unknown level (node type) 'province'") && Catch::Contains("city"));
  CHECK_THROWS_WITH(rollup(g, {.kinds = {"talents"}}, "city"),
                    Catch::Contains("unknown edge kind 'talents'"));
  CHECK_THROWS_WITH(project_at_level(g, {.evidence = {"rumour"}}, "city"),
                    Catch::Contains("unknown evidence grade 'rumour'"));
}

TEST_CASE("project_at_level gives a CsrGraph of level nodes", "[engine][rollup][projection]") {
  const auto g = hierarchy();
  const CsrGraph cities = project_at_level(g, {}, "city");
  REQUIRE(cities.num_nodes() == 3);
  CHECK(cities.node_refs()[1] == ref(g, "c2"));
  CHECK(vertex_of(cities, ref(g, "c3")) == 2);
  // c1->c2: x1 2 + x2 3 + x3 1 = 6; c2->c1: x3 1 + x6 4 = 5; c1->c1: x4 5 (self-loop).
  CHECK(cities.out_weights(0)[cities.find_arc(0, 1) - cities.out_begin(0)] == 6.0);
  CHECK(cities.out_weights(1)[cities.find_arc(1, 0) - cities.out_begin(1)] == 5.0);
  CHECK(cities.find_arc(0, 0) >= 0);
  CHECK(cities.num_arcs() == 3);

  const CsrGraph no_loops = project_at_level(g, {.self_loops = SelfLoops::drop}, "city");
  CHECK(no_loops.find_arc(0, 0) < 0);
  CHECK(no_loops.num_arcs() == 2);

  const CsrGraph counted = project_at_level(
      g, {.direction = ProjectedDirection::undirected, .merge = MergeRule::count}, "city");
  CHECK_FALSE(counted.is_directed());
  CHECK(counted.num_edges() == 2);  // {c1,c2} and the loop {c1,c1}
  CHECK(counted.out_weights(0)[counted.find_arc(0, 1) - counted.out_begin(0)] == 4.0);

  const CsrGraph unit = project_at_level(g, {.weighting = Weighting::unit}, "park");
  CHECK_FALSE(unit.is_weighted());
  CHECK(unit.num_nodes() == 2);
}

namespace {
// A random three-level hierarchy (city > park > firm, some nodes left without a parent) with
// random typed, dated, directed or undirected edges.
PropertyGraph random_hierarchy(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
  PropertyGraphBuilder b;
  auto add = [&](const std::string& id, const std::string& type, const std::string& parent) {
    NodeSpec spec;
    spec.id = id;
    spec.type = type;
    spec.parent = parent;
    b.add_node(std::move(spec));
  };
  for (int c = 0; c < 5; ++c) add("c" + std::to_string(c), "city", "");
  for (int p = 0; p < 12; ++p)
    add("p" + std::to_string(p), "park", pick(6) == 0 ? "" : "c" + std::to_string(pick(5)));
  for (int f = 0; f < 40; ++f)
    add("f" + std::to_string(f), "firm", pick(8) == 0 ? "" : "p" + std::to_string(pick(12)));
  const std::vector<std::string> ids = [] {
    std::vector<std::string> all;
    for (int c = 0; c < 5; ++c) all.push_back("c" + std::to_string(c));
    for (int p = 0; p < 12; ++p) all.push_back("p" + std::to_string(p));
    for (int f = 0; f < 40; ++f) all.push_back("f" + std::to_string(f));
    return all;
  }();
  for (int e = 0; e < 150; ++e) {
    EdgeSpec spec;
    spec.id = "x" + std::to_string(e);
    spec.source = ids[pick(57)];
    spec.target = ids[pick(57)];
    spec.kind = pick(2) ? "a" : "b";
    spec.direction = pick(3) == 0 ? EdgeDirection::undirected : EdgeDirection::directed;
    spec.weight = 0.5 + pick(8);
    spec.year = 2015 + pick(8);
    b.add_edge(std::move(spec));
  }
  return b.build();
}

// Obvious twin: walk the parent chain of each endpoint by hand.
std::optional<NodeRef> city_of(const PropertyGraph& g, NodeRef v) {
  for (std::optional<NodeRef> at = v; at; at = g.node(*at).parent)
    if (g.type_name(g.node(*at).type) == "city") return at;
  return std::nullopt;
}
}  // namespace

TEST_CASE("project_at_level matches a parent-walking twin on random hierarchies",
          "[engine][rollup][reference]") {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    INFO("seed " << seed);
    const PropertyGraph g = random_hierarchy(seed);
    Selection selection;
    selection.year_from = 2017;
    selection.kinds = {"a"};
    std::map<std::pair<NodeRef, NodeRef>, double> expected;
    std::int64_t lost = 0, internal = 0, between = 0;
    for (std::int32_t e = 0; e < g.num_edges(); ++e) {
      const Edge& edge = g.edges()[e];
      if (g.kind_name(edge.kind) != "a" || edge.year < 2017) continue;
      const auto s = city_of(g, edge.source), t = city_of(g, edge.target);
      if (!s || !t) {
        ++lost;
        continue;
      }
      (*s == *t ? internal : between) += 1;
      expected[{*s, *t}] += edge.weight;
      if (edge.direction == EdgeDirection::undirected && *s != *t)
        expected[{*t, *s}] += edge.weight;
    }
    const CsrGraph cities = project_at_level(g, selection, "city");
    REQUIRE(cities.num_nodes() == 5);
    std::map<std::pair<NodeRef, NodeRef>, double> got;
    for (Vertex u = 0; u < cities.num_nodes(); ++u)
      for (std::size_t k = 0; k < cities.out_neighbors(u).size(); ++k)
        got[{cities.node_refs()[u], cities.node_refs()[cities.out_neighbors(u)[k]]}] +=
            cities.out_weights(u)[k];
    CHECK(got == expected);
    const Rollup r = rollup(g, selection, "city");
    CHECK(r.edges_lost == lost);
    CHECK(r.edges_internal == internal);
    CHECK(r.edges_between == between);
  }
}
