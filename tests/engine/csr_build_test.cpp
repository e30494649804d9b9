#include "engine/csr_build.hpp"

#include <omp.h>

#include <catch2/catch.hpp>

#include "engine/error.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;

namespace {
std::vector<Vertex> row(std::span<const Vertex> s) { return {s.begin(), s.end()}; }
std::vector<double> row(std::span<const double> s) { return {s.begin(), s.end()}; }

EdgeList small_multigraph() {
  // 0->1 (2.0), 0->1 (3.0), 1->2 (1.0), 2->0 (4.0), 2->2 (0.5), 0->2 (1.5)
  return {.num_nodes = 4,
          .sources = {0, 0, 1, 2, 2, 0},
          .targets = {1, 1, 2, 0, 2, 2},
          .weights = {2.0, 3.0, 1.0, 4.0, 0.5, 1.5}};
}
}  // namespace

TEST_CASE("directed build keeps parallel arcs and sorts rows", "[engine][csr]") {
  const CsrGraph g = build_csr(small_multigraph());
  CHECK(g.num_nodes() == 4);
  CHECK(g.num_arcs() == 6);
  CHECK(g.num_edges() == 6);
  CHECK(g.is_weighted());
  CHECK(row(g.out_neighbors(0)) == std::vector<Vertex>{1, 1, 2});
  CHECK(row(g.out_weights(0)) == std::vector<double>{2.0, 3.0, 1.5});
  CHECK(row(g.in_neighbors(2)) == std::vector<Vertex>{0, 1, 2});
  CHECK(row(g.in_weights(2)) == std::vector<double>{1.5, 1.0, 0.5});
  CHECK(g.out_degree(3) == 0);
  CHECK(g.in_degree(0) == 1);
  CHECK(g.find_arc(1, 2) == g.out_begin(1));
  CHECK(g.find_arc(1, 0) == -1);
}

TEST_CASE("merge rules combine parallel arcs", "[engine][csr]") {
  const auto sum = build_csr(small_multigraph(), {.merge = MergeRule::sum});
  CHECK(row(sum.out_weights(0)) == std::vector<double>{5.0, 1.5});
  const auto count = build_csr(small_multigraph(), {.merge = MergeRule::count});
  CHECK(row(count.out_weights(0)) == std::vector<double>{2.0, 1.0});
  const auto max = build_csr(small_multigraph(), {.merge = MergeRule::max});
  CHECK(row(max.out_weights(0)) == std::vector<double>{3.0, 1.5});
  CHECK(row(max.in_weights(1)) == std::vector<double>{3.0});
  EdgeList unweighted = small_multigraph();
  unweighted.weights.clear();
  const auto counted = build_csr(unweighted, {.merge = MergeRule::count});
  CHECK(counted.is_weighted());
  CHECK(row(counted.out_weights(0)) == std::vector<double>{2.0, 1.0});
}

TEST_CASE("undirected build stores both arcs and self-loops once", "[engine][csr]") {
  const auto g =
      build_csr(small_multigraph(), {.direction = Direction::undirected, .merge = MergeRule::sum});
  // pairs: {0,1}: 5.0, {1,2}: 1.0, {0,2}: 4.0 + 1.5, {2,2}: 0.5
  CHECK(g.num_edges() == 4);
  CHECK(g.num_arcs() == 7);
  CHECK(row(g.out_neighbors(2)) == std::vector<Vertex>{0, 1, 2});
  CHECK(row(g.out_weights(2)) == std::vector<double>{5.5, 1.0, 0.5});
  CHECK(row(g.in_neighbors(0)) == row(g.out_neighbors(0)));
  const auto no_loops = build_csr(
      small_multigraph(),
      {.direction = Direction::undirected, .merge = MergeRule::sum, .self_loops = SelfLoops::drop});
  CHECK(no_loops.num_edges() == 3);
  CHECK(no_loops.num_arcs() == 6);
}

TEST_CASE("bad edge lists are refused with the offending record", "[engine][csr][errors]") {
  EdgeList bad = small_multigraph();
  bad.targets[3] = 9;
  CHECK_THROWS_WITH(build_csr(bad), Catch::Contains("edge 3") && Catch::Contains("outside 0..3"));
  bad = small_multigraph();
  bad.weights[4] = std::numeric_limits<double>::infinity();
  CHECK_THROWS_WITH(build_csr(bad), Catch::Contains("edge 4") && Catch::Contains("not finite"));
  bad = small_multigraph();
  bad.weights.pop_back();
  CHECK_THROWS_AS(build_csr(bad), ValidationError);
}

TEST_CASE("from_arrays rejects arrays that are not a CSR graph", "[engine][csr][errors]") {
  const auto g = build_csr(small_multigraph());
  CsrGraph::Arrays arrays;
  arrays.num_nodes = 2;
  arrays.num_edges = 1;
  arrays.out_offsets = {0, 1, 1};
  arrays.out_targets = {1};
  arrays.in_offsets = {0, 0, 1};
  arrays.in_sources = {0};
  CHECK_NOTHROW(CsrGraph::from_arrays(arrays));
  arrays.in_sources = {1};
  CHECK_THROWS_WITH(CsrGraph::from_arrays(arrays), Catch::Contains("transpose"));
  arrays.in_sources = {0};
  arrays.out_targets = {5};
  CHECK_THROWS_WITH(CsrGraph::from_arrays(arrays), Catch::Contains("in range"));
}

TEST_CASE("build is identical at 1 and 2 threads", "[engine][csr][threads]") {
  const auto edges = testing::random_edge_list(2000, 20000, 11, testing::Weights::use);
  EdgeList doubled = edges;  // parallel arcs, so merge order matters
  doubled.sources.insert(doubled.sources.end(), edges.sources.begin(), edges.sources.end());
  doubled.targets.insert(doubled.targets.end(), edges.targets.begin(), edges.targets.end());
  doubled.weights.insert(doubled.weights.end(), edges.weights.begin(), edges.weights.end());
  const int before = omp_get_max_threads();
  omp_set_num_threads(1);
  const auto one =
      build_csr(doubled, {.direction = Direction::undirected, .merge = MergeRule::sum});
  omp_set_num_threads(2);
  const auto two =
      build_csr(doubled, {.direction = Direction::undirected, .merge = MergeRule::sum});
  omp_set_num_threads(before);
  REQUIRE(one.num_arcs() == two.num_arcs());
  CHECK(std::equal(one.out_targets().begin(), one.out_targets().end(), two.out_targets().begin()));
  CHECK(std::equal(one.out_weight_array().begin(), one.out_weight_array().end(),
                   two.out_weight_array().begin()));
}

TEST_CASE("fixture graphs load with their published sizes", "[engine][csr][fixtures]") {
  const auto karate = testing::fixture_csr("karate");
  CHECK(karate.num_nodes() == 34);
  CHECK(karate.num_edges() == 78);
  const auto lesmis = testing::fixture_csr("lesmis");
  CHECK(lesmis.num_nodes() == 77);
  CHECK(lesmis.num_edges() == 254);
}
