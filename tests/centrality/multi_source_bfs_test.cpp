// The bit-parallel BFS against one plain queue BFS per source, on graphs with more than one batch
// of 64 sources, unreachable parts and both traversal directions.
#include "algorithms/centrality/multi_source_bfs.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <queue>
#include <stdexcept>
#include <vector>

#include "algorithms/centrality/closeness.hpp"
#include "tests/centrality/centrality_fixtures.hpp"

using namespace innonet;
using namespace innonet::centrality;

namespace {

DistanceSums plain_bfs(const CsrGraph& g, Vertex s, Traverse traverse) {
  std::vector<std::int64_t> dist(g.num_nodes(), -1);
  std::queue<Vertex> queue;
  dist[s] = 0;
  queue.push(s);
  DistanceSums sums;
  while (!queue.empty()) {
    const Vertex x = queue.front();
    queue.pop();
    ++sums.reached;
    sums.hop_sum += static_cast<std::uint64_t>(dist[x]);
    if (dist[x] > 0) sums.inverse_hop_sum += 1.0 / static_cast<double>(dist[x]);
    const auto next = traverse == Traverse::in_arcs ? g.in_neighbors(x) : g.out_neighbors(x);
    for (const Vertex y : next) {
      if (dist[y] >= 0) continue;
      dist[y] = dist[x] + 1;
      queue.push(y);
    }
  }
  return sums;
}

}  // namespace

TEST_CASE("bit-parallel BFS sums equal one BFS per source", "[centrality][closeness]") {
  for (const auto direction : {Direction::directed, Direction::undirected}) {
    // 300 nodes, 1.5 arcs per node: several components and long paths; 5 batches, the last partial.
    const CsrGraph g = testing::random_graph(300, 450, 7, direction, testing::Weights::ignore);
    MultiSourceBfs bfs(g.num_nodes());
    for (const auto traverse : {Traverse::in_arcs, Traverse::out_arcs}) {
      for (Vertex first = 0; first < g.num_nodes(); first += kBfsBatch) {
        std::vector<Vertex> sources;
        for (Vertex v = first; v < std::min<Vertex>(g.num_nodes(), first + kBfsBatch); ++v)
          sources.push_back(v);
        std::vector<DistanceSums> sums(sources.size());
        bfs.run(g, sources, traverse, sums);
        for (std::size_t i = 0; i < sources.size(); ++i) {
          INFO("source " << sources[i] << (g.is_directed() ? ", directed" : ", undirected"));
          const DistanceSums want = plain_bfs(g, sources[i], traverse);
          CHECK(sums[i].reached == want.reached);
          CHECK(sums[i].hop_sum == want.hop_sum);
          CHECK_THAT(sums[i].inverse_hop_sum,
                     Catch::Matchers::WithinRel(want.inverse_hop_sum, 1e-14) ||
                         Catch::Matchers::WithinAbs(want.inverse_hop_sum, 0.0));
        }
      }
    }
  }
}

TEST_CASE("bit-parallel BFS accepts sources in any order and refuses a batch over 64",
          "[centrality][closeness]") {
  const CsrGraph g =
      testing::random_graph(100, 300, 3, Direction::directed, testing::Weights::ignore);
  MultiSourceBfs bfs(g.num_nodes());
  const std::vector<Vertex> sources = {99, 5, 42, 0};
  std::vector<DistanceSums> sums(sources.size());
  bfs.run(g, sources, Traverse::out_arcs, sums);
  for (std::size_t i = 0; i < sources.size(); ++i) {
    CHECK(sums[i].hop_sum == plain_bfs(g, sources[i], Traverse::out_arcs).hop_sum);
  }
  std::vector<Vertex> too_many(65);
  for (Vertex v = 0; v < 65; ++v) too_many[v] = v;
  std::vector<DistanceSums> out(65);
  CHECK_THROWS_AS(bfs.run(g, too_many, Traverse::out_arcs, out), std::invalid_argument);
}
