#include "algorithms/paths/bfs.hpp"

#include <omp.h>

#include <algorithm>
#include <catch2/catch.hpp>

#include "engine/csr_build.hpp"
#include "tests/reference/paths_reference.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;

TEST_CASE("bfs matches the FIFO twin on random graphs, every strategy", "[paths][bfs]") {
  for (std::uint64_t seed = 1; seed <= 12; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const Vertex n = 20 + static_cast<Vertex>(seed * 7);
      const CsrGraph g = testing::random_graph(n, 2 * n, seed, direction, testing::Weights::ignore);
      const auto twin = reference::bfs(g, 0);
      for (const auto strategy : {paths::BfsStrategy::direction_optimizing,
                                  paths::BfsStrategy::top_down, paths::BfsStrategy::bottom_up}) {
        const auto r = paths::bfs(g, 0, {.strategy = strategy});
        CHECK(r.distance == twin.distance);
        CHECK(r.parent == twin.parent);
      }
    }
}

TEST_CASE("bfs switches to bottom-up on a dense graph and reports levels", "[paths][bfs]") {
  const CsrGraph g =
      testing::random_graph(400, 8000, 3, Direction::undirected, testing::Weights::ignore);
  const auto r = paths::bfs(g, 5);
  CHECK(r.bottom_up_levels > 0);
  CHECK(r.reached == 400);
  CHECK(r.levels == 1 + *std::max_element(r.distance.begin(), r.distance.end()));
}

TEST_CASE("bfs is identical with 1 and 2 threads", "[paths][bfs]") {
  const CsrGraph g =
      testing::random_graph(3000, 30000, 9, Direction::directed, testing::Weights::ignore);
  omp_set_num_threads(1);
  const auto one = paths::bfs(g, 0);
  omp_set_num_threads(2);
  const auto two = paths::bfs(g, 0);
  CHECK(one.distance == two.distance);
  CHECK(one.parent == two.parent);
}

namespace {

// Two dense clusters of 300 vertices joined by a path of 60, then vertices with out-arcs only
// (never reached: nothing points at them) and isolated ones. From cluster A the search goes
// bottom-up in A, top-down along the path, and bottom-up again in B, so the bitmap of settled
// vertices is rebuilt after top-down levels.
CsrGraph clusters_and_path(Direction direction) {
  EdgeList edges;
  const Vertex cluster = 300, path = 60, sources_only = 40, isolated = 37;
  edges.num_nodes = 2 * cluster + path + sources_only + isolated;
  auto arc = [&](Vertex u, Vertex v) {
    edges.sources.push_back(u);
    edges.targets.push_back(v);
  };
  for (const Vertex base : {Vertex{0}, cluster + path})
    for (Vertex u = 0; u < cluster; ++u)
      for (Vertex k = 1; k <= 40; ++k) arc(base + u, base + (u * 7 + k * 13) % cluster);
  for (Vertex p = cluster - 1; p < cluster + path; ++p) arc(p, p + 1);
  for (Vertex s = 0; s < sources_only; ++s) arc(2 * cluster + path + s, s % cluster);
  return build_csr(
      edges, {.direction = direction, .merge = MergeRule::max, .self_loops = SelfLoops::drop});
}

// parent[v] is the smallest-id in-neighbour one level closer; checked arc by arc, O(m).
void check_min_parents(const CsrGraph& g, Vertex source, const paths::BfsResult& r) {
  for (Vertex v = 0; v < g.num_nodes(); ++v) {
    if (r.distance[v] <= 0) {
      CHECK(r.parent[v] == (v == source ? source : kNoVertex));
      continue;
    }
    Vertex best = kNoVertex;
    for (const Vertex u : g.in_neighbors(v))
      if (r.distance[u] == r.distance[v] - 1 && (best == kNoVertex || u < best)) best = u;
    if (r.parent[v] != best)
      FAIL_CHECK("vertex " << v << ": parent " << r.parent[v] << ", want " << best);
  }
}

}  // namespace

TEST_CASE("bfs switches direction more than once and matches the twin", "[paths][bfs]") {
  for (const auto direction : {Direction::directed, Direction::undirected}) {
    const CsrGraph g = clusters_and_path(direction);
    for (const Vertex source : {Vertex{0}, Vertex{5}, Vertex{299}}) {
      const auto twin = reference::bfs(g, source);
      for (const auto strategy : {paths::BfsStrategy::direction_optimizing,
                                  paths::BfsStrategy::top_down, paths::BfsStrategy::bottom_up}) {
        const auto r = paths::bfs(g, source, {.strategy = strategy});
        CHECK(r.distance == twin.distance);
        CHECK(r.parent == twin.parent);
      }
      const auto r = paths::bfs(g, source);
      CHECK(r.bottom_up_levels >= 2);                  // in A and in B
      CHECK(r.bottom_up_levels <= r.levels - 60 + 2);  // the path is walked top-down
    }
  }
}

TEST_CASE("bfs above the parallel threshold: FIFO distances, min-id parents, 1 and 2 threads",
          "[paths][bfs]") {
  const int saved = omp_get_max_threads();
  for (const auto direction : {Direction::directed, Direction::undirected}) {
    const CsrGraph g =
        testing::random_graph(100003, 300000, 17, direction, testing::Weights::ignore);
    const auto want = reference::bfs_distance(g, 11);
    omp_set_num_threads(1);
    const auto one = paths::bfs(g, 11);
    omp_set_num_threads(2);
    const auto two = paths::bfs(g, 11);
    const auto bottom = paths::bfs(g, 11, {.strategy = paths::BfsStrategy::bottom_up});
    CHECK(one.distance == want);
    check_min_parents(g, 11, one);
    CHECK(two.distance == one.distance);
    CHECK(two.parent == one.parent);
    CHECK(bottom.parent == one.parent);
    CHECK(one.reached == static_cast<Vertex>(std::count_if(want.begin(), want.end(),
                                                           [](int d) { return d >= 0; })));
  }
  omp_set_num_threads(saved);
}

TEST_CASE("bfs rejects a source outside the graph", "[paths][bfs]") {
  const CsrGraph g =
      testing::random_graph(10, 20, 1, Direction::directed, testing::Weights::ignore);
  CHECK_THROWS_AS(paths::bfs(g, 10), std::invalid_argument);
  CHECK_THROWS_WITH(paths::bfs(g, -1), Catch::Matchers::Contains("source"));
}
