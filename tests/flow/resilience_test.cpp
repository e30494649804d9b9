#include "algorithms/flow/resilience.hpp"

#include <omp.h>

#include <catch2/catch.hpp>

#include "algorithms/flow/attack.hpp"
#include "tests/reference/flow_reference.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;

namespace {
// 0-1-2-3-4 path, a chord 1-3, and a separate pair 5-6.
CsrGraph small_graph(Direction direction) {
  EdgeList e{.num_nodes = 7, .sources = {0, 1, 2, 3, 1, 5}, .targets = {1, 2, 3, 4, 3, 6}};
  return build_csr(e, {.direction = direction});
}
std::vector<char> mask(Vertex n, const std::vector<Vertex>& removed) {
  std::vector<char> gone(n, 0);
  for (const Vertex v : removed) gone[v] = 1;
  return gone;
}
}  // namespace

TEST_CASE("what-if on a hand-built graph", "[flow][resilience]") {
  for (const auto direction : {Direction::directed, Direction::undirected}) {
    const CsrGraph g = small_graph(direction);
    const std::vector<Vertex> a{0}, b{4};
    CHECK(flow::single_vertex_separators(g, a, b) == std::vector<Vertex>{1, 3});
    const auto cut = flow::minimum_vertex_cut(g, a, b);
    CHECK(cut.exists);
    CHECK(cut.vertices == std::vector<Vertex>{1});  // the cut nearest to a
    const std::vector<Vertex> removed{3};
    const auto change = flow::connectivity_change(g, removed, a);
    CHECK(change.component_before == 5);
    CHECK(change.component_after == 3);
    CHECK(change.cut_off == std::vector<Vertex>{4});
    CHECK(change.components_before == 2);
    CHECK(change.components_after == 3);
    CHECK(!flow::sets_connected(g, a, b, removed));
    const auto rest = flow::remove_vertices(g, removed);
    CHECK(rest.num_nodes() == 7);
    CHECK(rest.out_degree(3) == 0);
    const std::vector<Vertex> far{5};
    CHECK(flow::single_vertex_separators(g, a, far).empty());
    CHECK(!flow::minimum_vertex_cut(g, a, far).exists);
    const std::vector<Vertex> next{1};
    CHECK(!flow::minimum_vertex_cut(g, a, next).exists);  // adjacent: no vertex separates them
  }
}

TEST_CASE("separators and vertex cuts equal brute force on random graphs", "[flow][resilience]") {
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    const auto direction = seed % 2 ? Direction::directed : Direction::undirected;
    const CsrGraph g = testing::random_graph(10, 14, seed, direction, testing::Weights::ignore);
    const std::vector<Vertex> a{0, 1}, b{9};
    std::vector<Vertex> expected;
    for (Vertex v = 2; v < 9; ++v)
      if (reference::weakly_connected(g, a, b, mask(10, {})) &&
          !reference::weakly_connected(g, a, b, mask(10, {v})))
        expected.push_back(v);
    CHECK(flow::single_vertex_separators(g, a, b) == expected);
    // Smallest separating subset of 2..8 by enumeration.
    int best = -1;
    for (int subset = 0; subset < (1 << 7) && reference::weakly_connected(g, a, b, mask(10, {}));
         ++subset) {
      std::vector<Vertex> removed;
      for (int i = 0; i < 7; ++i)
        if (subset >> i & 1) removed.push_back(2 + i);
      if (!reference::weakly_connected(g, a, b, mask(10, removed)) &&
          (best < 0 || std::ssize(removed) < best))
        best = static_cast<int>(removed.size());
    }
    const auto cut = flow::minimum_vertex_cut(g, a, b);
    CHECK(cut.exists == (best >= 0));
    if (best >= 0) {
      CHECK(std::ssize(cut.vertices) == best);
      CHECK(!reference::weakly_connected(g, a, b, mask(10, cut.vertices)));
    }
    const std::vector<Vertex> removed{3, 4};
    const auto change = flow::connectivity_change(g, removed);
    CHECK(change.component_after == reference::largest_weak_component(g, mask(10, removed)));
  }
}

TEST_CASE("attack curves equal recomputed components", "[flow][attack]") {
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    const auto direction = seed % 2 ? Direction::directed : Direction::undirected;
    const CsrGraph g = testing::random_graph(16, 24, seed, direction, testing::Weights::ignore);
    for (const auto order :
         {flow::AttackOrder::degree, flow::AttackOrder::betweenness, flow::AttackOrder::random})
      for (const auto recompute : {flow::Recompute::never, flow::Recompute::each_step}) {
        const auto r = flow::attack(g, {.order = order, .recompute = recompute, .seed = seed});
        REQUIRE(r.removed.size() == 16);
        REQUIRE(r.largest_component.size() == 17);
        for (std::size_t k = 0; k <= 16; ++k) {
          const std::vector<Vertex> first(r.removed.begin(), r.removed.begin() + k);
          const int expected = k == 16 ? 0 : reference::largest_weak_component(g, mask(16, first));
          CHECK(r.largest_component[k] == expected);
        }
      }
    // Adaptive degree: each victim has the highest degree left (ties: smallest id).
    const auto adaptive = flow::attack(g, {.recompute = flow::Recompute::each_step, .steps = 8});
    REQUIRE(adaptive.removed.size() == 8);
    for (std::size_t k = 0; k < 8; ++k) {
      const std::vector<Vertex> first(adaptive.removed.begin(), adaptive.removed.begin() + k);
      const CsrGraph rest = flow::remove_vertices(g, first);
      const auto degree = [&](Vertex v) {
        return rest.out_degree(v) + (rest.is_directed() ? rest.in_degree(v) : 0);
      };
      Vertex best = -1;
      for (Vertex v = 0; v < 16; ++v)
        if (std::find(first.begin(), first.end(), v) == first.end() &&
            (best < 0 || degree(v) > degree(best)))
          best = v;
      CHECK(adaptive.removed[k] == best);
    }
  }
}

TEST_CASE("attack is the same with 1 and 2 threads and for one seed", "[flow][attack]") {
  const CsrGraph g =
      testing::random_graph(60, 150, 5, Direction::undirected, testing::Weights::ignore);
  omp_set_num_threads(1);
  const auto one = flow::attack(g, {.order = flow::AttackOrder::betweenness,
                                    .recompute = flow::Recompute::each_step,
                                    .steps = 10});
  omp_set_num_threads(2);
  const auto two = flow::attack(g, {.order = flow::AttackOrder::betweenness,
                                    .recompute = flow::Recompute::each_step,
                                    .steps = 10});
  CHECK(one.removed == two.removed);
  CHECK(one.largest_component == two.largest_component);
  const auto r1 = flow::attack(g, {.order = flow::AttackOrder::random, .seed = 7});
  const auto r2 = flow::attack(g, {.order = flow::AttackOrder::random, .seed = 7});
  const auto r3 = flow::attack(g, {.order = flow::AttackOrder::random, .seed = 8});
  CHECK(r1.removed == r2.removed);
  CHECK(r1.removed != r3.removed);
}

TEST_CASE("what-if functions reject bad vertex sets", "[flow][resilience]") {
  const CsrGraph g = small_graph(Direction::undirected);
  const std::vector<Vertex> a{0}, bad{9}, empty;
  CHECK_THROWS_WITH(flow::remove_vertices(g, bad), Contains("removed"));
  CHECK_THROWS_WITH(flow::connectivity_change(g, empty, bad), Contains("anchor"));
  CHECK_THROWS_WITH(flow::single_vertex_separators(g, a, a), Contains("sources == sinks"));
  CHECK_THROWS_WITH(flow::minimum_vertex_cut(g, empty, a), Contains("sources"));
  CHECK_THROWS_AS(flow::attack(g, {.steps = 8}), std::invalid_argument);
}
