// Every parallel centrality kernel gives bit-identical results at 1 and 2 threads.
#include <omp.h>

#include <catch2/catch.hpp>
#include <functional>
#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/clustering.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/centrality/structural_holes.hpp"
#include "tests/centrality/centrality_fixtures.hpp"

using namespace innonet;
using namespace innonet::centrality;
using testing::Weights;

namespace {

std::vector<double> at_threads(int threads, const std::function<std::vector<double>()>& run) {
  const int before = omp_get_max_threads();
  omp_set_num_threads(threads);
  auto result = run();
  omp_set_num_threads(before);
  return result;
}

void check_thread_independent(const std::function<std::vector<double>()>& run) {
  testing::check_identical(at_threads(1, run), at_threads(2, run));
}

// Big enough that every kernel runs its parallel path: PageRank cuts its rows into blocks of
// 2^16 rows + arcs (kBlockWork, algorithms/centrality/pagerank.cpp) and runs them in parallel
// only when there are two or more, and with three or more the order in which the block sums are
// combined matters (two sums commute); the vector reductions need more than kReduceBlock = 2^14
// nodes; betweenness several rounds of source blocks. 40000 nodes with 100000 edges is 140000
// rows + arcs directed (three blocks) and 240000 undirected (four).
constexpr std::int64_t kPageRankBlockWork = std::int64_t{1} << 16;

const CsrGraph& big_graph(Direction direction, Weights weights) {
  static const CsrGraph graphs[2][2] = {
      {testing::random_graph(40000, 100000, 3, Direction::directed, Weights::use),
       testing::random_graph(40000, 100000, 3, Direction::directed, Weights::ignore)},
      {testing::random_graph(40000, 100000, 4, Direction::undirected, Weights::use),
       testing::random_graph(40000, 100000, 4, Direction::undirected, Weights::ignore)}};
  const CsrGraph& g = graphs[direction == Direction::undirected][weights == Weights::ignore];
  REQUIRE(g.num_nodes() > kReduceBlock);
  REQUIRE(g.num_nodes() + g.num_arcs() > 2 * kPageRankBlockWork);
  return g;
}

}  // namespace

TEST_CASE("PageRank, eigenvector, Katz, HITS: 1 and 2 threads agree bit for bit",
          "[centrality][threads]") {
  for (const auto direction : {Direction::directed, Direction::undirected})
    for (const auto weights : {Weights::use, Weights::ignore}) {
      const CsrGraph& g = big_graph(direction, weights);
      INFO((direction == Direction::directed ? "directed" : "undirected")
           << (weights == Weights::use ? ", weighted" : ", unweighted"));
      // A fixed number of sweeps: equality, not convergence, is under test.
      for (const auto layout : {PageRankLayout::degree_ordered, PageRankLayout::graph_order})
        check_thread_independent([&] {
          return pagerank(g, {.tolerance_l1 = 0.0, .max_iterations = 10, .layout = layout}).score;
        });
      check_thread_independent([&] {
        return eigenvector_centrality(g, {.tolerance_l1 = 0.0, .max_iterations = 10}).score;
      });
      check_thread_independent([&] {
        return katz_centrality(g, {.alpha = 0.02, .tolerance_l1 = 0.0, .max_iterations = 10}).score;
      });
      check_thread_independent(
          [&] { return hits(g, {.tolerance_l1 = 0.0, .max_iterations = 10}).hub; });
    }
}

TEST_CASE("betweenness and closeness: 1 and 2 threads agree bit for bit", "[centrality][threads]") {
  for (const auto direction : {Direction::directed, Direction::undirected})
    for (const auto weights : {Weights::use, Weights::ignore}) {
      const CsrGraph g = testing::random_graph(600, 2400, 9, direction, weights);
      check_thread_independent([&] { return betweenness(g).score; });
      check_thread_independent([&] { return edge_betweenness(g).score; });
      check_thread_independent([&] {
        const auto sources = sample_sources(g.num_nodes(), 150, 5);
        return approximate_betweenness(g, sources, 0.1).score;
      });
      check_thread_independent([&] { return closeness_centrality(g); });
      check_thread_independent([&] { return structural_holes(g).constraint; });
      check_thread_independent([&] { return clustering(g); });
    }
}
