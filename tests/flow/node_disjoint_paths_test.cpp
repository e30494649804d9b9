// flow::node_disjoint_paths against Menger by enumeration: on small graphs, the number of
// internally vertex-disjoint s–t paths equals the size of the smallest set of other vertices
// whose removal disconnects s from t, found here by trying every subset (plus one for a direct
// s–t tie, which is a path of its own and no vertex set cuts).
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

#include "algorithms/flow/resilience.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;

namespace {

// Weak reachability from s to t avoiding the vertices in `removed` (a bit mask) and, when
// `skip_direct`, the s–t ties themselves.
bool connected_without(const CsrGraph& g, Vertex s, Vertex t, std::uint32_t removed,
                       bool skip_direct) {
  std::vector<bool> seen(g.num_nodes(), false);
  std::vector<Vertex> stack{s};
  seen[s] = true;
  while (!stack.empty()) {
    const Vertex u = stack.back();
    stack.pop_back();
    for (const auto row : {g.out_neighbors(u), g.in_neighbors(u)})
      for (const Vertex v : row) {
        if (seen[v] || (removed >> v & 1u)) continue;
        if (skip_direct && ((u == s && v == t) || (u == t && v == s))) continue;
        seen[v] = true;
        stack.push_back(v);
      }
  }
  return seen[t];
}

bool adjacent(const CsrGraph& g, Vertex s, Vertex t) {
  bool found = false;
  for (const auto row : {g.out_neighbors(s), g.in_neighbors(s)})
    for (const Vertex v : row) found |= v == t;
  return found;
}

std::int64_t menger_by_enumeration(const CsrGraph& g, Vertex s, Vertex t) {
  const Vertex n = g.num_nodes();
  int best = n;
  for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
    if ((mask >> s & 1u) || (mask >> t & 1u)) continue;
    const int size = __builtin_popcount(mask);
    if (size < best && !connected_without(g, s, t, mask, true)) best = size;
  }
  return best + (adjacent(g, s, t) ? 1 : 0);
}

}  // namespace

TEST_CASE("node-disjoint paths equal Menger's minimum separator, by enumeration",
          "[flow][resilience][menger]") {
  int cases = 0, adjacent_cases = 0, multi_path_cases = 0;
  for (std::uint64_t seed = 1; seed <= 30; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const CsrGraph g = testing::random_graph(9, 18, seed, direction, testing::Weights::ignore);
      for (Vertex t = 1; t < g.num_nodes(); t += 3) {
        const Vertex from[] = {0}, to[] = {t};
        const auto expected = menger_by_enumeration(g, 0, t);
        INFO("seed " << seed << ", t " << t);
        CHECK(flow::node_disjoint_paths(g, from, to) == expected);
        ++cases;
        adjacent_cases += adjacent(g, 0, t);
        multi_path_cases += expected >= 2;
      }
    }
  CHECK(cases == 180);
  CHECK(adjacent_cases > 5);
  CHECK(multi_path_cases > 30);
}

TEST_CASE("node-disjoint paths: disconnected sets, and bad sets", "[flow][resilience]") {
  const CsrGraph g =
      testing::random_graph(6, 0, 1, Direction::undirected, testing::Weights::ignore);
  const Vertex a[] = {0}, b[] = {5};
  CHECK(flow::node_disjoint_paths(g, a, b) == 0);
  CHECK_THROWS_AS(flow::node_disjoint_paths(g, a, a), std::invalid_argument);
}
