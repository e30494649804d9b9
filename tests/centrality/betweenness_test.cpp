// Betweenness beyond the fixtures: floating-point ties, the sampling bound, stars and errors.
#include "algorithms/centrality/betweenness.hpp"

#include <omp.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "algorithms/centrality/centralization.hpp"
#include "tests/centrality/centrality_fixtures.hpp"

using namespace innonet;
using namespace innonet::centrality;

namespace {

CsrGraph weighted_graph(Vertex n, const std::vector<std::tuple<Vertex, Vertex, double>>& arcs,
                        Direction direction) {
  EdgeList edges;
  edges.num_nodes = n;
  for (const auto& [u, v, w] : arcs) {
    edges.sources.push_back(u);
    edges.targets.push_back(v);
    edges.weights.push_back(w);
  }
  return build_csr(edges, {.direction = direction, .merge = MergeRule::sum});
}

}  // namespace

TEST_CASE("betweenness treats 0.1 + 0.2 and 0.3 as one length", "[centrality][betweenness]") {
  // 0 → 1 → 2 → 3 has length 0.1 + 0.2 + 0.3 and 0 → 4 → 3 has 0.3 + 0.3: in exact arithmetic
  // both are 0.6, so σ_03 = 2 and the inner nodes 1, 2, 4 each carry half of the pair (0, 3).
  // By hand (directed, raw): pair (0,2) runs through 1 only, pair (1,3) through 2 only, so
  //   b(1) = 1 + 1/2,  b(2) = 1 + 1/2,  b(4) = 1/2.
  // NetworkX adds 0.1 + 0.2 + 0.3 = 0.6000000000000001 > 0.3 + 0.3 = 0.6 and so finds one path:
  //   b(1) = 1, b(2) = 1, b(4) = 1.
  const CsrGraph g = weighted_graph(
      5, {{0, 1, 0.1}, {1, 2, 0.2}, {2, 3, 0.3}, {0, 4, 0.3}, {4, 3, 0.3}}, Direction::directed);
  const auto r = betweenness(g, {.scale = BetweennessScale::raw});
  CHECK_THAT(r.score[1], Catch::Matchers::WithinAbs(1.5, 1e-12));
  CHECK_THAT(r.score[2], Catch::Matchers::WithinAbs(1.5, 1e-12));
  CHECK_THAT(r.score[4], Catch::Matchers::WithinAbs(0.5, 1e-12));
  CHECK(r.score[0] == 0.0);
  CHECK(r.score[3] == 0.0);
  // Exact comparison (tie_tolerance = 0) reproduces NetworkX's count.
  const auto exact = betweenness(g, {.scale = BetweennessScale::raw, .tie_tolerance = 0.0});
  CHECK(exact.score[1] == 1.0);
  CHECK(exact.score[2] == 1.0);
  CHECK(exact.score[4] == 1.0);
  // Edge betweenness by hand (ordered pairs whose shortest paths use the arc):
  //   0→1: (0,1) + (0,2) + ½(0,3) = 2.5     1→2: (1,2) + (0,2) + (1,3) + ½(0,3) = 3.5
  //   2→3: (2,3) + (1,3) + ½(0,3) = 2.5     0→4: (0,4) + ½(0,3) = 1.5    4→3: (4,3) + ½(0,3) = 1.5
  const auto edges = edge_betweenness(g, {.scale = BetweennessScale::raw});
  CHECK_THAT(edges.score[g.find_arc(4, 3)], Catch::Matchers::WithinAbs(1.5, 1e-12));
  CHECK_THAT(edges.score[g.find_arc(0, 4)], Catch::Matchers::WithinAbs(1.5, 1e-12));
  CHECK_THAT(edges.score[g.find_arc(2, 3)], Catch::Matchers::WithinAbs(2.5, 1e-12));
  CHECK_THAT(edges.score[g.find_arc(1, 2)], Catch::Matchers::WithinAbs(3.5, 1e-12));
  CHECK_THAT(edges.score[g.find_arc(0, 1)], Catch::Matchers::WithinAbs(2.5, 1e-12));
}

TEST_CASE("the star is the betweenness centralization maximum", "[centrality][betweenness]") {
  std::vector<std::tuple<Vertex, Vertex, double>> arcs;
  for (Vertex leaf = 1; leaf < 8; ++leaf) arcs.emplace_back(0, leaf, 1.0);
  const CsrGraph star = weighted_graph(8, arcs, Direction::undirected);
  const auto r = betweenness(star);
  CHECK_THAT(r.score[0], Catch::Matchers::WithinAbs(1.0, 1e-12));
  CHECK_THAT(freeman_centralization(r.score, star_max_betweenness(8, Direction::undirected,
                                                                  BetweennessScale::normalized)),
             Catch::Matchers::WithinAbs(1.0, 1e-12));
  const auto raw = betweenness(star, {.scale = BetweennessScale::raw});
  CHECK_THAT(raw.score[0], Catch::Matchers::WithinAbs(21.0, 1e-12));  // C(7, 2) pairs
  CHECK_THAT(freeman_centralization(
                 raw.score, star_max_betweenness(8, Direction::undirected, BetweennessScale::raw)),
             Catch::Matchers::WithinAbs(1.0, 1e-12));
}

TEST_CASE("sampled betweenness stays inside its Hoeffding bound on 10k nodes",
          "[centrality][betweenness][approximate]") {
  const CsrGraph g =
      testing::random_graph(10000, 12000, 77, Direction::undirected, testing::Weights::ignore);
  const auto exact = betweenness(g);
  const double delta = 0.1;
  const std::int64_t k = hoeffding_samples(g.num_nodes(), 0.1, delta);
  CHECK(k == 611);  // ⌈(n/(n−1))² ln(2n/δ) / (2ε²)⌉ for n = 10⁴, ε = 0.1, δ = 0.1
  for (const std::uint64_t seed : {1, 2, 3}) {
    const auto sources = sample_sources(g.num_nodes(), k, seed);
    REQUIRE(std::ssize(sources) == k);
    const auto approx = approximate_betweenness(g, sources, delta);
    CHECK(approx.epsilon <= 0.1);
    double worst = 0.0;
    for (Vertex v = 0; v < g.num_nodes(); ++v)
      worst = std::max(worst, std::abs(approx.score[v] - exact.score[v]));
    INFO("seed " << seed << ": max error " << worst << ", bound " << approx.epsilon);
    CHECK(worst <= approx.epsilon);
  }
}

TEST_CASE("few sources: the level-parallel search equals the per-source one, at 1 and 2 threads",
          "[centrality][betweenness][approximate]") {
  const int saved = omp_get_max_threads();
  for (const auto direction : {Direction::directed, Direction::undirected}) {
    const CsrGraph g = testing::random_graph(6000, 60000, 21, direction, testing::Weights::ignore);
    const BetweennessOptions raw{.scale = BetweennessScale::raw};
    // 65 sources take the per-source path (ShortestPathDag, serial inside each search); one
    // source at a time takes the level-parallel one. Raw sums scaled by n/k: average the 65.
    // Out-degree 10: the third level's arcs exceed a quarter of those left, so the middle levels
    // run bottom-up (level_brandes.cpp), the first and last top-down.
    std::vector<Vertex> sources(65);
    for (Vertex i = 0; i < 65; ++i) sources[i] = i * 91;
    const auto many = approximate_betweenness(g, sources, 0.1, raw).score;
    std::vector<double> mean(g.num_nodes(), 0.0);
    for (const Vertex s : sources) {
      const std::vector<Vertex> one{s};
      const auto r = approximate_betweenness(g, one, 0.1, raw).score;
      for (Vertex v = 0; v < g.num_nodes(); ++v) mean[v] += r[v] / 65.0;
    }
    for (Vertex v = 0; v < g.num_nodes(); ++v)
      CHECK_THAT(mean[v], Catch::Matchers::WithinRel(many[v], 1e-9) ||
                              Catch::Matchers::WithinAbs(many[v], 1e-9));
    const std::vector<Vertex> hub{0};
    omp_set_num_threads(1);
    const auto one_thread = approximate_betweenness(g, hub, 0.1).score;
    omp_set_num_threads(2);
    const auto two_threads = approximate_betweenness(g, hub, 0.1).score;
    CHECK(one_thread == two_threads);
  }
  omp_set_num_threads(saved);
}

TEST_CASE("sampling every source is exact", "[centrality][betweenness][approximate]") {
  const CsrGraph g = testing::random_graph(50, 120, 5, Direction::directed, testing::Weights::use);
  const auto all = sample_sources(g.num_nodes(), 1000, 9);
  CHECK(std::ssize(all) == 50);
  const auto approx = approximate_betweenness(g, all, 0.1);
  CHECK(approx.epsilon == 0.0);
  testing::check_scores(approx.score, betweenness(g).score, 1e-12);
}

TEST_CASE("betweenness rejects bad input", "[centrality][betweenness][errors]") {
  const CsrGraph g = weighted_graph(3, {{0, 1, 1.0}, {1, 2, -1.0}}, Direction::directed);
  CHECK_THROWS_WITH(betweenness(g), Catch::Contains("weights") && Catch::Contains("> 0"));
  CHECK_NOTHROW(betweenness(g, {.weights = EdgeWeights::ignore}));
  CHECK_THROWS_AS(betweenness(g, {.weights = EdgeWeights::ignore, .tie_tolerance = -1.0}),
                  std::invalid_argument);
  const std::vector<Vertex> repeated{0, 0};
  CHECK_THROWS_WITH(approximate_betweenness(g, repeated, 0.1, {.weights = EdgeWeights::ignore}),
                    Catch::Contains("repeated"));
  const std::vector<Vertex> outside{7};
  CHECK_THROWS_WITH(approximate_betweenness(g, outside, 0.1, {.weights = EdgeWeights::ignore}),
                    Catch::Contains("out of range"));
  CHECK_THROWS_WITH(hoeffding_samples(100, 0.0, 0.1), Catch::Contains("epsilon"));
  CHECK_THROWS_WITH(hoeffding_samples(100, 0.1, 1.5), Catch::Contains("delta"));
}
