// Louvain and Leiden set isolated vertices aside before they start (drop_isolated,
// work_graph.hpp): such a vertex can only end alone. Checked by adding isolated vertices to a
// graph: the others' communities are exactly those of the graph without them, at 1 and 2
// threads, each added vertex is alone, and the quality is the same.
#include <omp.h>

#include <catch2/catch.hpp>
#include <vector>

#include "algorithms/community/leiden.hpp"
#include "algorithms/community/louvain.hpp"
#include "algorithms/community/work_graph.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::WithinAbs;

namespace {

// `g` with `extra` isolated vertices before, between and after its own (vertex v of g becomes
// 2v + 1; the even ids and the last `extra - n - 1` are isolated).
CsrGraph with_isolated(const CsrGraph& g, Vertex extra) {
  EdgeList edges;
  edges.num_nodes = 2 * g.num_nodes() + 1 + extra;
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    for (const Vertex u : g.out_neighbors(v))
      if (g.is_directed() || v <= u) {
        edges.sources.push_back(2 * v + 1);
        edges.targets.push_back(2 * u + 1);
      }
  return build_csr(edges,
                   {.direction = g.is_directed() ? Direction::directed : Direction::undirected});
}

}  // namespace

TEST_CASE("isolated vertices end alone and change nothing else", "[community][leiden][louvain]") {
  const int threads = omp_get_max_threads();
  for (const auto direction : {Direction::undirected, Direction::directed}) {
    // 70,000 vertices: local moving runs in parallel batches (kParallelMoveNodes).
    const CsrGraph g =
        testing::random_graph(70'000, 210'000, 6, direction, testing::Weights::ignore);
    const CsrGraph padded = with_isolated(g, 5'000);
    for (const bool use_leiden : {false, true}) {
      INFO((use_leiden ? "leiden" : "louvain")
           << (direction == Direction::directed ? " directed" : ""));
      const auto run = [&](const CsrGraph& graph) {
        return use_leiden ? community::leiden(graph, {.seed = 4})
                          : community::louvain(graph, {.seed = 4});
      };
      omp_set_num_threads(1);
      const auto plain = run(g);
      omp_set_num_threads(2);
      const auto with = run(padded);
      omp_set_num_threads(threads);
      // Compare the partitions of g's vertices: ids renumbered by first appearance.
      std::vector<Vertex> restricted(g.num_nodes()), rename(padded.num_nodes(), -1);
      Vertex next = 0;
      for (Vertex v = 0; v < g.num_nodes(); ++v) {
        Vertex& id = rename[with.membership[2 * v + 1]];
        if (id < 0) id = next++;
        restricted[v] = id;
      }
      std::vector<Vertex> own(plain.membership);
      community::renumber_communities(own);
      CHECK(restricted == own);
      std::vector<int> members(padded.num_nodes(), 0);
      for (const Vertex c : with.membership) ++members[c];
      int alone = 0;
      for (Vertex v = 0; v < padded.num_nodes(); ++v)
        if (padded.out_degree(v) + (padded.is_directed() ? padded.in_degree(v) : 0) == 0)
          alone += members[with.membership[v]] == 1;
      CHECK(alone >= g.num_nodes() + 1 + 5'000);
      CHECK_THAT(with.quality, WithinAbs(plain.quality, 1e-12));
    }
  }
}
