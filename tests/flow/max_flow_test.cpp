#include "algorithms/flow/max_flow.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cmath>

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
