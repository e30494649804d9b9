// flow::decompose_flow on hand-built flows: a path with a circulation beside it, a 2-cycle on an
// undirected edge, and the value of real maximum flows on random graphs.
#include "algorithms/flow/flow_paths.hpp"

#include <catch2/catch.hpp>

#include "algorithms/flow/max_flow.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;

namespace {

CsrGraph directed(Vertex n, std::vector<std::pair<Vertex, Vertex>> arcs) {
  EdgeList list;
  list.num_nodes = n;
  for (const auto& [u, v] : arcs) {
    list.sources.push_back(u);
    list.targets.push_back(v);
    list.weights.push_back(1.0);
  }
  return build_csr(list, {.direction = Direction::directed});
}

// Flow on arc u->v of g (CSR out-arc index).
ArcIndex arc(const CsrGraph& g, Vertex u, Vertex v) {
  for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a)
    if (g.out_targets()[a] == v) return a;
  FAIL("no arc " << u << "->" << v);
  return -1;
}

}  // namespace

TEST_CASE("decompose_flow drops a circulation and keeps the path", "[flow][paths]") {
  // 0 -> 1 -> 2 carries 1 from source 0 to sink 2; 1 -> 3 -> 4 -> 1 is a cycle carrying 1 that
  // adds nothing (conservation holds at 1, 3, 4). By hand: one path 0,1,2 of value 1, one cycle.
  const CsrGraph g = directed(5, {{0, 1}, {1, 2}, {1, 3}, {3, 4}, {4, 1}});
  std::vector<double> flow(g.out_targets().size(), 1.0);
  const std::vector<Vertex> s{0}, t{2};
  const auto d = flow::decompose_flow(g, flow, s, t);
  REQUIRE(d.paths.size() == 1);
  CHECK(d.paths[0].vertices == std::vector<Vertex>{0, 1, 2});
  CHECK(d.paths[0].value == 1.0);
  CHECK(d.acyclic_flow[arc(g, 1, 3)] == 0.0);
  CHECK(d.acyclic_flow[arc(g, 3, 4)] == 0.0);
  CHECK(d.acyclic_flow[arc(g, 4, 1)] == 0.0);
  CHECK(d.acyclic_flow[arc(g, 0, 1)] == 1.0);
  CHECK(d.cycles_cancelled + (d.dropped > 0 ? 1 : 0) >= 1);  // the cycle is gone either way
}

TEST_CASE("decompose_flow cancels flow both ways along an edge", "[flow][paths]") {
  // 0 -> 1 -> 2 with 1 unit, plus 1 <-> 2 both carrying 1 (the 南京大学 ⇄ 伦敦国王学院 pattern):
  // the path carries 2 on 1->2 in the raw flow; the two-way pair is a 2-cycle.
  const CsrGraph g = directed(3, {{0, 1}, {1, 2}, {2, 1}});
  std::vector<double> flow(g.out_targets().size(), 0.0);
  flow[arc(g, 0, 1)] = 1.0;
  flow[arc(g, 1, 2)] = 2.0;
  flow[arc(g, 2, 1)] = 1.0;
  const std::vector<Vertex> s{0}, t{2};
  const auto d = flow::decompose_flow(g, flow, s, t);
  REQUIRE(d.paths.size() == 1);
  CHECK(d.paths[0].value == 1.0);
  CHECK(d.acyclic_flow[arc(g, 1, 2)] == 1.0);
  CHECK(d.acyclic_flow[arc(g, 2, 1)] == 0.0);
}

TEST_CASE("decompose_flow: the paths of a maximum flow add up to its value", "[flow][paths]") {
  for (const std::uint64_t seed : {1, 2, 3, 4}) {
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const CsrGraph g = testing::random_graph(60, 240, seed, direction, testing::Weights::use);
      const std::vector<Vertex> s{0, 1}, t{58, 59};
      const auto r = flow::max_flow(g, s, t);
      const auto d = flow::decompose_flow(g, r.arc_flow, s, t);
      double total = 0.0;
      for (const auto& p : d.paths) {
        total += p.value;
        CHECK((p.vertices.front() == 0 || p.vertices.front() == 1));
        CHECK((p.vertices.back() == 58 || p.vertices.back() == 59));
        std::vector<Vertex> seen = p.vertices;
        std::sort(seen.begin(), seen.end());
        CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());  // simple paths
      }
      CHECK_THAT(total, Catch::Matchers::WithinAbs(r.value, 1e-9 * std::max(1.0, r.value)));
      for (std::size_t a = 0; a < d.acyclic_flow.size(); ++a)
        CHECK(d.acyclic_flow[a] <= r.arc_flow[a] + 1e-9);
    }
  }
}
