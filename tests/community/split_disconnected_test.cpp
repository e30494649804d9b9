// split_disconnected (split_disconnected.hpp), the step that keeps Leiden's communities connected
// after its closing round of local moving: a hand-made community of two parts, and random
// graphs and partitions against a breadth-first search, at 1 and 2 threads.
#include "algorithms/community/split_disconnected.hpp"

#include <omp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <queue>
#include <random>
#include <vector>

#include "algorithms/community/work_graph.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using community::detail::make_work_graph;
using community::detail::split_disconnected;

namespace {

// The reference: each vertex's part is found by BFS over arcs inside its community; parts are
// numbered in order of their smallest vertex (renumber_communities' order for canonical labels).
std::vector<Vertex> parts_by_bfs(const community::detail::WorkGraph& g,
                                 const std::vector<Vertex>& membership) {
  std::vector<Vertex> part(g.num_nodes, -1);
  Vertex next = 0;
  for (Vertex s = 0; s < g.num_nodes; ++s) {
    if (part[s] >= 0) continue;
    part[s] = next;
    std::queue<Vertex> queue;
    queue.push(s);
    while (!queue.empty()) {
      const Vertex v = queue.front();
      queue.pop();
      for (std::int64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const Vertex u = g.targets[e];
        if (part[u] < 0 && membership[u] == membership[v]) {
          part[u] = next;
          queue.push(u);
        }
      }
    }
    ++next;
  }
  return part;
}

}  // namespace

TEST_CASE("a community of two unlinked parts becomes two communities", "[community][leiden]") {
  // 0-1 and 2-3 share community 0 but no edge; 4-5 is community 1; 3-4 crosses communities.
  EdgeList edges;
  edges.num_nodes = 6;
  edges.sources = {0, 2, 4, 3};
  edges.targets = {1, 3, 5, 4};
  const auto g = make_work_graph(build_csr(edges, {.direction = Direction::undirected}));
  std::vector<Vertex> membership = {0, 0, 0, 0, 1, 1};
  CHECK(split_disconnected(g, membership) == 3);
  CHECK(membership == std::vector<Vertex>{0, 0, 1, 1, 2, 2});
}

TEST_CASE("split_disconnected matches a BFS at 1 and 2 threads", "[community][leiden][threads]") {
  const int threads = omp_get_max_threads();
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    const auto direction = seed % 2 ? Direction::undirected : Direction::directed;
    const auto n = static_cast<Vertex>(500 + 700 * seed);
    const auto g = make_work_graph(
        testing::random_graph(n, n + n / 3, seed, direction, testing::Weights::ignore));
    std::mt19937_64 draw(seed);
    std::vector<Vertex> membership(n);
    for (Vertex& c : membership) c = static_cast<Vertex>(draw() % (seed + 2));
    const std::vector<Vertex> expected = parts_by_bfs(g, membership);
    std::vector<std::vector<Vertex>> runs;
    for (const int t : {1, 2}) {
      omp_set_num_threads(t);
      std::vector<Vertex> m = membership;
      const Vertex k = split_disconnected(g, m);
      CHECK(k == *std::max_element(expected.begin(), expected.end()) + 1);
      runs.push_back(std::move(m));
    }
    INFO("seed " << seed);
    CHECK(runs[0] == expected);
    CHECK(runs[1] == expected);
  }
  omp_set_num_threads(threads);
}
