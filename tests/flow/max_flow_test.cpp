#include "algorithms/flow/max_flow.hpp"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

#include "algorithms/flow/flow_core.hpp"
#include "tests/flow/flow_fixtures.hpp"
#include "tests/reference/flow_reference.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;

namespace {

CsrGraph make(Vertex n, std::vector<std::array<double, 3>> edges, Direction direction) {
  EdgeList list;
  list.num_nodes = n;
  for (const auto& [u, v, w] : edges) {
    list.sources.push_back(static_cast<Vertex>(u));
    list.targets.push_back(static_cast<Vertex>(v));
    list.weights.push_back(w);
  }
  return build_csr(list, {.direction = direction});
}

// Capacity bounds, conservation at every non-terminal vertex, and flow value = cut capacity.
void check_flow_invariants(const CsrGraph& g, const flow::MaxFlowResult& r,
                           std::span<const Vertex> sources, std::span<const Vertex> sinks) {
  const double tol = 1e-9 * std::max(1.0, r.value);
  std::vector<double> net_out(g.num_nodes(), 0.0);
  const auto w = g.out_weight_array();
  for (Vertex u = 0; u < g.num_nodes(); ++u)
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a) {
      CHECK(r.arc_flow[a] >= 0.0);
      CHECK(r.arc_flow[a] <= (w.empty() ? 1.0 : w[a]) + tol);
      net_out[u] += r.arc_flow[a];
      net_out[g.out_targets()[a]] -= r.arc_flow[a];
    }
  std::vector<char> terminal(g.num_nodes(), 0);
  double out_of_sources = 0.0;
  for (const Vertex s : sources) terminal[s] = 1, out_of_sources += net_out[s];
  for (const Vertex t : sinks) terminal[t] = 1;
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    if (!terminal[v]) CHECK_THAT(net_out[v], WithinAbs(0.0, tol));
  CHECK_THAT(out_of_sources, WithinAbs(r.value, tol));
  CHECK_THAT(r.cut_capacity, WithinAbs(r.value, tol));
  for (const auto& arc : r.cut) {
    CHECK(r.source_side[arc.from]);
    CHECK(!r.source_side[arc.to]);
    CHECK_THAT(r.arc_flow[arc.arc], WithinAbs(arc.capacity, tol));  // cut arcs are saturated
  }
  for (const Vertex s : sources) CHECK(r.source_side[s]);
  for (const Vertex t : sinks) CHECK(!r.source_side[t]);
}

}  // namespace

TEST_CASE("max flow on the CLRS example is 23 with the textbook cut", "[flow][max_flow]") {
  // Cormen et al., Introduction to Algorithms, Fig. 26.1: s=0, v1..v4 = 1..4, t=5.
  const CsrGraph g = make(6,
                          {{0, 1, 16},
                           {0, 2, 13},
                           {1, 3, 12},
                           {2, 1, 4},
                           {2, 4, 14},
                           {3, 2, 9},
                           {3, 5, 20},
                           {4, 3, 7},
                           {4, 5, 4}},
                          Direction::directed);
  const auto r = flow::max_flow(g, 0, 5);
  CHECK(r.value == 23.0);
  std::vector<std::pair<Vertex, Vertex>> cut;
  for (const auto& arc : r.cut) cut.emplace_back(arc.from, arc.to);
  CHECK(cut == std::vector<std::pair<Vertex, Vertex>>{{1, 3}, {4, 3}, {4, 5}});
  check_flow_invariants(g, r, std::vector<Vertex>{0}, std::vector<Vertex>{5});
}

TEST_CASE("undirected edges carry capacity both ways", "[flow][max_flow]") {
  // Two routes 0-1-3 (bottleneck 2) and 0-2-3 (bottleneck 5); edge 1-2 (1) can move flow either
  // way.
  const CsrGraph g =
      make(4, {{1, 0, 3}, {1, 3, 2}, {2, 0, 5}, {3, 2, 6}, {1, 2, 1}}, Direction::undirected);
  const auto r = flow::max_flow(g, 0, 3);
  CHECK(r.value == 8.0);  // cut {3}: 2 + 6
  check_flow_invariants(g, r, std::vector<Vertex>{0}, std::vector<Vertex>{3});
  const auto back = flow::max_flow(g, 3, 0);
  CHECK(back.value == 8.0);
}

TEST_CASE("max flow matches NetworkX on 60 random capacitated graphs", "[flow][max_flow]") {
  const auto cases = testing::fixture_json("flow/max_flow.json");
  REQUIRE(cases.size() >= 50);
  for (const auto& c : cases) {
    const CsrGraph g = testing::json_graph(c);
    const auto sources = c["sources"].get<std::vector<Vertex>>();
    const auto sinks = c["sinks"].get<std::vector<Vertex>>();
    const double expected = c["value"].get<double>();
    const auto r = flow::max_flow(g, sources, sinks);
    CHECK_THAT(r.value, WithinAbs(expected, 1e-9 * std::max(1.0, expected)));
    check_flow_invariants(g, r, sources, sinks);
    const auto value_only =
        flow::max_flow(g, sources, sinks, {.detail = flow::FlowDetail::value_only});
    CHECK(value_only.value == r.value);
    CHECK(value_only.arc_flow.empty());
  }
}

TEST_CASE("max flow equals the Edmonds-Karp twin on random graphs", "[flow][max_flow]") {
  for (std::uint64_t seed = 1; seed <= 40; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected})
      for (const auto weights : {testing::Weights::use, testing::Weights::ignore}) {
        const Vertex n = 6 + static_cast<Vertex>(seed % 20);
        const CsrGraph g = testing::random_graph(n, 3 * n, seed, direction, weights);
        const std::vector<Vertex> sources{0}, sinks{n - 1};
        const std::vector<Vertex> many_sources{0, 1}, many_sinks{n - 2, n - 1};
        const auto r = flow::max_flow(g, sources, sinks);
        const double expected = reference::max_flow_value(g, sources, sinks);
        CHECK_THAT(r.value, WithinAbs(expected, 1e-9 * std::max(1.0, expected)));
        check_flow_invariants(g, r, sources, sinks);
        const auto rs = flow::max_flow(g, many_sources, many_sinks);
        const double expected_sets = reference::max_flow_value(g, many_sources, many_sinks);
        CHECK_THAT(rs.value, WithinAbs(expected_sets, 1e-9 * std::max(1.0, expected_sets)));
        check_flow_invariants(g, rs, many_sources, many_sinks);
      }
}

TEST_CASE("max flow rejects bad terminals and negative capacities", "[flow][max_flow]") {
  const CsrGraph g = make(3, {{0, 1, 1}, {1, 2, 2}}, Direction::directed);
  CHECK_THROWS_AS(flow::max_flow(g, 1, 1), std::invalid_argument);
  CHECK_THROWS_WITH(flow::max_flow(g, 1, 1), Contains("source == sink"));
  CHECK_THROWS_WITH(flow::max_flow(g, 0, 7), Contains("sink"));
  CHECK_THROWS_WITH(flow::max_flow(g, -1, 2), Contains("source"));
  CHECK_THROWS_WITH(flow::max_flow(g, std::vector<Vertex>{}, std::vector<Vertex>{2}),
                    Contains("sources: the set is empty"));
  const CsrGraph negative = make(3, {{0, 1, -1}, {1, 2, 2}}, Direction::directed);
  CHECK_THROWS_AS(flow::max_flow(negative, 0, 2), std::invalid_argument);
  CHECK_THROWS_WITH(flow::max_flow(negative, 0, 2), Contains("capacity"));
}

namespace {

// A core (a cycle with chords) with trees and chains hanging off it, isolated vertices and, when
// directed, vertices with arcs only in or only out: most vertices are dead ends that max_flow
// peels. Integer capacities 0..4, so residual capacities are exact.
CsrGraph graph_with_dead_ends(std::uint64_t seed, Direction direction) {
  std::mt19937_64 rng(seed);
  const auto pick = [&](Vertex below) {
    return static_cast<Vertex>(std::uniform_int_distribution<Vertex>(0, below - 1)(rng));
  };
  const auto capacity = [&] { return static_cast<double>(pick(5)); };
  const Vertex core = 5 + pick(6), n = core + 20 + pick(20);
  std::vector<std::array<double, 3>> arcs;
  const auto add = [&](Vertex u, Vertex v) {
    arcs.push_back({double(u), double(v), capacity()});
    if (direction == Direction::directed && pick(2))
      arcs.push_back({double(v), double(u), capacity()});
  };
  for (Vertex v = 0; v < core; ++v) add(v, (v + 1) % core);
  for (int chord = 0; chord < core / 2; ++chord) add(pick(core), pick(core));
  for (Vertex v = core; v < n; ++v) {
    const int shape = static_cast<int>(pick(4));
    if (shape == 0) continue;       // isolated
    const Vertex parent = pick(v);  // a tree grows off the core and earlier hangers
    if (shape == 3 && direction == Direction::directed)
      arcs.push_back({double(v), double(parent), capacity()});  // only out
    else
      add(parent, v);
  }
  return make(n, arcs, direction);
}

}  // namespace

TEST_CASE("max flow peels dead ends and keeps value, cut and source side", "[flow][max_flow]") {
  int peeled_graphs = 0;
  for (std::uint64_t seed = 1; seed <= 60; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const CsrGraph g = graph_with_dead_ends(seed, direction);
      const Vertex n = g.num_nodes();
      // Terminals anywhere: in the core, in a hanging tree, or isolated.
      const std::vector<Vertex> sources{static_cast<Vertex>(seed % n)};
      const std::vector<Vertex> sinks{static_cast<Vertex>((seed * 7 + 3) % n) == sources[0]
                                          ? static_cast<Vertex>((sources[0] + 1) % n)
                                          : static_cast<Vertex>((seed * 7 + 3) % n)};
      const std::vector<Vertex> many_sources{sources[0], static_cast<Vertex>((sources[0] + 2) % n)};
      const std::vector<Vertex> many_sinks{
          sinks[0] == many_sources[1] ? static_cast<Vertex>((sinks[0] + 1) % n) : sinks[0]};
      for (const auto& [from, to] :
           {std::pair{sources, sinks}, std::pair{many_sources, many_sinks}}) {
        if (std::ranges::find(from, to[0]) != from.end()) continue;
        const auto keep = flow::flow_core_mask(g, from, to);
        peeled_graphs += std::ranges::count(keep, 0) > 0;
        INFO("seed " << seed << (direction == Direction::directed ? " directed" : " undirected"));
        const auto r = flow::max_flow(g, from, to);
        CHECK(r.value == reference::max_flow_value(g, from, to));
        check_flow_invariants(g, r, from, to);
        CHECK(r.source_side == reference::min_cut_source_side(g, from, to));
      }
    }
  CHECK(peeled_graphs >= 200);  // the peel ran on nearly every case
}

TEST_CASE("the flow core keeps terminals and whatever joins them", "[flow][max_flow]") {
  // Undirected path 0-1-2-3-4 with a pendant 5 on 2 and a pendant chain 6-7 on 4.
  const CsrGraph g =
      make(8, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}, {2, 5, 1}, {4, 6, 1}, {6, 7, 1}},
           Direction::undirected);
  const std::vector<Vertex> s{1}, t{3};
  CHECK(flow::flow_core_mask(g, s, t) == std::vector<std::uint8_t>{0, 1, 1, 1, 0, 0, 0, 0});
  const std::vector<Vertex> leaf{7};
  CHECK(flow::flow_core_mask(g, s, leaf) == std::vector<std::uint8_t>{0, 1, 1, 1, 1, 0, 1, 1});
  // Directed 0 -> 1 -> 2 with 3 -> 1 (3 has no arc in) and 1 -> 4 (4 has no arc out).
  const CsrGraph d = make(5, {{0, 1, 1}, {1, 2, 1}, {3, 1, 1}, {1, 4, 1}}, Direction::directed);
  const std::vector<Vertex> ds{0}, dt{2};
  CHECK(flow::flow_core_mask(d, ds, dt) == std::vector<std::uint8_t>{1, 1, 1, 0, 0});
}
