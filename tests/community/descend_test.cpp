// descend (descend.hpp), the way back down of Louvain's and Leiden's passes, on a hand-computed
// case: two triangles A = {a, b, c} and B = {d, e, f} joined by c-d, and a vertex x tied twice to
// A (a, b) and once to B (d); 10 edges, degrees a b c 3, d 4, e f 2, x 3. A coarse level that
// left x with B, {a,b,c} {d,e,f,x}, has modularity (3/10 - (9/20)^2) + (4/10 - (11/20)^2) = 0.195;
// moving x to A gives (5/10 - (12/20)^2) + (3/10 - (8/20)^2) = 0.28, and no other single move
// from either partition raises it (c to B: 0.02, d to A: -0.045, x alone: 0.215).
#include "algorithms/community/descend.hpp"

#include <catch2/catch.hpp>
#include <numeric>
#include <vector>

#include "algorithms/community/modularity.hpp"
#include "algorithms/community/work_graph.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using namespace innonet::community::detail;
using Catch::Matchers::WithinAbs;

namespace {

CsrGraph two_triangles_and_x() {
  EdgeList edges;  // a b c d e f x = 0..6
  edges.num_nodes = 7;
  edges.sources = {0, 0, 1, 3, 3, 4, 2, 6, 6, 6};
  edges.targets = {1, 2, 2, 4, 5, 5, 3, 0, 1, 3};
  return build_csr(edges, {.direction = Direction::undirected});
}

}  // namespace

TEST_CASE("the way down moves a node its coarse level left in the wrong community",
          "[community][louvain][leiden]") {
  const CsrGraph g = two_triangles_and_x();
  const WorkGraph base = make_work_graph(g);
  const NullModel null{community::QualityFunction::modularity, 1.0, base.total_weight};
  const std::vector<Vertex> x_with_b = {0, 0, 0, 1, 1, 1, 1};
  const std::vector<Vertex> x_with_a = {0, 0, 0, 1, 1, 1, 0};
  REQUIRE_THAT(community::modularity(g, x_with_b), WithinAbs(0.195, 1e-12));
  REQUIRE_THAT(community::modularity(g, x_with_a), WithinAbs(0.28, 1e-12));

  for (const MoveOrder order : {MoveOrder::sweep, MoveOrder::queue}) {
    for (std::uint64_t seed = 0; seed < 8; ++seed) {
      // Level 1 is level 0 aggregated alone (the same graph), level 2 is level 1 by x_with_b.
      LevelGraphs levels;
      std::vector<Vertex> identity(7);
      std::iota(identity.begin(), identity.end(), 0);
      levels.aggregate_level(0, base, identity, 7);
      levels.aggregate_level(1, base, x_with_b, 2);
      const std::vector<Vertex> result =
          descend(levels, base, {identity, x_with_b}, {0, 1}, null, order, seed);
      CHECK(result == x_with_a);
    }
  }
}

TEST_CASE("the way down leaves the input level to the caller", "[community][louvain][leiden]") {
  const CsrGraph g = two_triangles_and_x();
  const WorkGraph base = make_work_graph(g);
  const NullModel null{community::QualityFunction::modularity, 1.0, base.total_weight};
  const std::vector<Vertex> x_with_b = {0, 0, 0, 1, 1, 1, 1};
  LevelGraphs levels;
  levels.aggregate_level(0, base, x_with_b, 2);
  // One aggregated level: its two nodes keep their communities (swapped here) and level 0 only
  // takes them over; x is not moved.
  CHECK(descend(levels, base, {x_with_b}, {1, 0}, null, MoveOrder::sweep, 0) ==
        std::vector<Vertex>{1, 1, 1, 0, 0, 0, 0});
}
