// EdgeFilter against an obviously right twin (names compared as strings, removed edges found by a
// linear search), on random property graphs and random selections.
#include "engine/projection.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "engine/error.hpp"
#include "tests/support/random_property_graph.hpp"

using namespace innonet;

namespace {

bool twin_keeps(const PropertyGraph& graph, EdgeRef ref, const Selection& selection) {
  const Edge& e = graph.edge(ref);
  auto listed = [](const std::vector<std::string>& names, const std::string& name) {
    return names.empty() || std::find(names.begin(), names.end(), name) != names.end();
  };
  bool year_ok = true;
  if (selection.year_from || selection.year_to) {
    if (e.year == kNoYear)
      year_ok = selection.yearless == YearlessEdges::include;
    else
      year_ok = (!selection.year_from || e.year >= *selection.year_from) &&
                (!selection.year_to || e.year <= *selection.year_to);
  }
  return listed(selection.kinds, graph.kind_name(e.kind)) &&
         listed(selection.evidence, graph.evidence_name(e.evidence)) && year_ok &&
         std::find(selection.removed_edges.begin(), selection.removed_edges.end(), ref) ==
             selection.removed_edges.end();
}

Selection random_selection(const PropertyGraph& graph, std::mt19937_64& rng) {
  auto coin = [&] { return rng() % 2 == 0; };
  Selection s;
  for (const auto& kind : graph.kind_names())
    if (coin()) s.kinds.push_back(kind);
  for (const auto& grade : graph.evidence_names())
    if (coin()) s.evidence.push_back(grade);
  if (coin()) s.year_from = 1990 + static_cast<std::int32_t>(rng() % 40);
  if (coin()) s.year_to = 1990 + static_cast<std::int32_t>(rng() % 40);
  s.yearless = coin() ? YearlessEdges::include : YearlessEdges::exclude;
  for (std::int32_t e = 0; e < graph.num_edges(); ++e)
    if (rng() % 4 == 0) s.removed_edges.push_back(static_cast<EdgeRef>(e));
  std::shuffle(s.removed_edges.begin(), s.removed_edges.end(), rng);  // any order, duplicates too
  if (!s.removed_edges.empty()) s.removed_edges.push_back(s.removed_edges.front());
  return s;
}

}  // namespace

TEST_CASE("EdgeFilter keeps exactly the edges its linear-search twin keeps",
          "[engine][projection][reference]") {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    INFO("seed " << seed);
    const PropertyGraph graph = testing::random_property_graph(seed, {.edges = 120});
    std::mt19937_64 rng(seed);
    for (int round = 0; round < 5; ++round) {
      const Selection selection = random_selection(graph, rng);
      const EdgeFilter filter(graph, selection);
      for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
        const auto ref = static_cast<EdgeRef>(e);
        INFO("edge " << e);
        CHECK(filter.keeps(ref) == twin_keeps(graph, ref, selection));
      }
      // project() uses the same filter: with every node kept, a directed edge is one arc, an
      // undirected one two (one when a loop); merging by count keeps every arc in the weights.
      Selection counted = selection;
      counted.merge = MergeRule::count;
      const CsrGraph g = project(graph, counted);
      double arcs_weight = 0.0;
      for (Vertex u = 0; u < g.num_nodes(); ++u)
        for (const double w : g.out_weights(u)) arcs_weight += w;
      std::int64_t arcs = 0;
      for (std::int32_t e = 0; e < graph.num_edges(); ++e) {
        const Edge& edge = graph.edges()[e];
        if (!filter.keeps(static_cast<EdgeRef>(e))) continue;
        arcs += edge.direction == EdgeDirection::undirected && edge.source != edge.target ? 2 : 1;
      }
      CHECK(arcs_weight == static_cast<double>(arcs));
    }
  }
}

TEST_CASE("EdgeFilter lets unknown names match nothing and ignores removed edges out of range",
          "[engine][projection]") {
  const PropertyGraph graph = testing::random_property_graph(7);
  REQUIRE(graph.num_edges() > 0);
  Selection unknown;
  unknown.kinds = {"no such kind"};
  const EdgeFilter none(graph, unknown);
  for (std::int32_t e = 0; e < graph.num_edges(); ++e)
    CHECK_FALSE(none.keeps(static_cast<EdgeRef>(e)));
  CHECK_THROWS_AS(project(graph, unknown), UsageError);

  Selection outside;
  outside.removed_edges = {static_cast<EdgeRef>(-1), static_cast<EdgeRef>(graph.num_edges()),
                           EdgeRef{0}};
  const EdgeFilter filter(graph, outside);
  CHECK_FALSE(filter.keeps(EdgeRef{0}));
  for (std::int32_t e = 1; e < graph.num_edges(); ++e) CHECK(filter.keeps(static_cast<EdgeRef>(e)));
}
