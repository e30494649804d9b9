// Invariants, hand-computed examples and error paths of the non-path centrality measures.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <numeric>
#include <tuple>
#include <vector>

#include "algorithms/centrality/brokerage.hpp"
#include "algorithms/centrality/centralization.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/clustering.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "tests/centrality/centrality_fixtures.hpp"

using namespace innonet;
using namespace innonet::centrality;

namespace {

CsrGraph graph_of(Vertex n, const std::vector<std::pair<Vertex, Vertex>>& arcs, Direction direction,
                  double weight = 0.0) {
  EdgeList edges;
  edges.num_nodes = n;
  for (const auto& [u, v] : arcs) {
    edges.sources.push_back(u);
    edges.targets.push_back(v);
    if (weight != 0.0) edges.weights.push_back(weight);
  }
  return build_csr(edges, {.direction = direction, .merge = MergeRule::sum});
}

CsrGraph star(Vertex n, Direction direction) {
  std::vector<std::pair<Vertex, Vertex>> arcs;
  for (Vertex leaf = 1; leaf < n; ++leaf) arcs.emplace_back(0, leaf);
  return graph_of(n, arcs, direction);
}

}  // namespace

TEST_CASE("PageRank sums to 1 with dangling nodes and a teleport vector",
          "[centrality][pagerank]") {
  for (const std::uint64_t seed : {1, 2, 3}) {
    const CsrGraph g =
        testing::random_graph(3000, 4000, seed, Direction::directed, testing::Weights::use);
    std::vector<double> teleport(g.num_nodes(), 0.0);
    teleport[0] = 2.0;
    teleport[5] = 1.0;
    for (const auto& r : {pagerank(g), pagerank(g, {.teleport = teleport})}) {
      REQUIRE(r.converged);
      CHECK(r.residual_l1 < 1e-10);
      CHECK_THAT(std::accumulate(r.score.begin(), r.score.end(), 0.0),
                 Catch::Matchers::WithinAbs(1.0, 1e-12));
    }
  }
}

TEST_CASE("Freeman centralization: 1 for a star, 0 for a complete graph", "[centrality][degree]") {
  CHECK_THAT(degree_centrality(star(9, Direction::undirected)).centralization,
             Catch::Matchers::WithinAbs(1.0, 1e-12));
  CHECK_THAT(
      degree_centrality(star(9, Direction::directed), {.mode = DegreeMode::out}).centralization,
      Catch::Matchers::WithinAbs(1.0, 1e-12));
  std::vector<std::pair<Vertex, Vertex>> two_way;
  for (Vertex leaf = 1; leaf < 9; ++leaf) two_way.insert(two_way.end(), {{0, leaf}, {leaf, 0}});
  CHECK_THAT(degree_centrality(graph_of(9, two_way, Direction::directed)).centralization,
             Catch::Matchers::WithinAbs(1.0, 1e-12));
  // Strength: a star with every weight at the maximum reaches the bound too.
  std::vector<std::pair<Vertex, Vertex>> spokes;
  for (Vertex leaf = 1; leaf < 6; ++leaf) spokes.emplace_back(0, leaf);
  CHECK_THAT(degree_centrality(graph_of(6, spokes, Direction::undirected, 2.5),
                               {.weights = EdgeWeights::use})
                 .centralization,
             Catch::Matchers::WithinAbs(1.0, 1e-12));
  std::vector<std::pair<Vertex, Vertex>> complete;
  for (Vertex u = 0; u < 6; ++u)
    for (Vertex v = u + 1; v < 6; ++v) complete.emplace_back(u, v);
  CHECK(degree_centrality(graph_of(6, complete, Direction::undirected)).centralization == 0.0);
  // Closeness and harmonic of a star reach their star maxima.
  const CsrGraph s = star(7, Direction::undirected);
  CHECK_THAT(
      freeman_centralization(closeness_centrality(s), star_max_closeness(7, Direction::undirected)),
      Catch::Matchers::WithinAbs(1.0, 1e-12));
  CHECK_THAT(
      freeman_centralization(harmonic_centrality(s), star_max_harmonic(7, Direction::undirected)),
      Catch::Matchers::WithinAbs(1.0, 1e-12));
}

TEST_CASE("directed closeness and harmonic centralization reach 1 on the in-star, never more",
          "[centrality][centralization]") {
  // In-star on 6 nodes, every leaf -> centre 0. By hand (distances run *to* the node): the centre
  // is reached by 5 nodes at distance 1, so harmonic 5 and closeness (5/5)(5/5) = 1; nothing
  // reaches a leaf, so both are 0. Centralization: harmonic 5 x 5 / 25 = 1, closeness 5 x 1 / 5.
  // The undirected star bounds (10 and 20/9) gave 2.5 and 2.25 here.
  std::vector<std::pair<Vertex, Vertex>> in_star;
  for (Vertex leaf = 1; leaf < 6; ++leaf) in_star.emplace_back(leaf, 0);
  const CsrGraph g = graph_of(6, in_star, Direction::directed);
  CHECK_THAT(
      freeman_centralization(harmonic_centrality(g), star_max_harmonic(6, Direction::directed)),
      Catch::Matchers::WithinAbs(1.0, 1e-12));
  CHECK_THAT(
      freeman_centralization(closeness_centrality(g), star_max_closeness(6, Direction::directed)),
      Catch::Matchers::WithinAbs(1.0, 1e-12));
}

TEST_CASE("brokerage roles on a hand-computed example", "[centrality][brokerage]") {
  // Groups: A = {0, 1, 2}, B = {3, 4}, C = {5}. Two-paths through 1 (in: 0, 3; out: 2, 4, 5):
  //   0→1→2 A A A coordinator (closed by the arc 0→2)   3→1→2 B A A gatekeeper
  //   0→1→4 A A B representative                         3→1→4 B A B consultant
  //   0→1→5 A A C representative                         3→1→5 B A C liaison
  // plus 1→4→3 (A B B: gatekeeper for 4) and 4→3→1 (B B A: representative for 3).
  const CsrGraph g =
      graph_of(6, {{0, 1}, {3, 1}, {1, 2}, {1, 4}, {1, 5}, {0, 2}, {4, 3}}, Direction::directed);
  const std::vector<int> group{0, 0, 0, 1, 1, 2};
  const auto r = brokerage(g, group);
  CHECK(r.coordinator == std::vector<std::int64_t>{0, 0, 0, 0, 0, 0});
  CHECK(r.consultant == std::vector<std::int64_t>{0, 1, 0, 0, 0, 0});
  CHECK(r.gatekeeper == std::vector<std::int64_t>{0, 1, 0, 0, 1, 0});
  CHECK(r.representative == std::vector<std::int64_t>{0, 2, 0, 1, 0, 0});
  CHECK(r.liaison == std::vector<std::int64_t>{0, 1, 0, 0, 0, 0});
  CHECK(r.total == std::vector<std::int64_t>{0, 5, 0, 1, 1, 0});
  const auto all = brokerage(g, group, {.closed = ClosedTwoPaths::include});
  CHECK(all.coordinator == std::vector<std::int64_t>{0, 1, 0, 0, 0, 0});
  CHECK(all.total == std::vector<std::int64_t>{0, 6, 0, 1, 1, 0});
}

TEST_CASE("brokerage equals a triple loop on random graphs", "[centrality][brokerage]") {
  for (const std::uint64_t seed : {1, 2, 3, 4, 5, 6}) {
    const CsrGraph g =
        testing::random_graph(25, 90, seed, Direction::directed, testing::Weights::ignore);
    std::vector<int> group(25);
    for (Vertex v = 0; v < 25; ++v) group[v] = static_cast<int>((v * 7 + seed) % 4);
    const auto r = brokerage(g, group);
    const auto arc = [&](Vertex a, Vertex b) { return g.find_arc(a, b) >= 0; };
    for (Vertex v = 0; v < 25; ++v) {
      std::int64_t count[5] = {0, 0, 0, 0, 0};
      for (Vertex a = 0; a < 25; ++a)
        for (Vertex b = 0; b < 25; ++b) {
          if (a == b || a == v || b == v || !arc(a, v) || !arc(v, b) || arc(a, b)) continue;
          const int ga = group[a], gv = group[v], gb = group[b];
          const int role = ga == gv && gv == gb ? 0
                           : ga == gb           ? 1
                           : gv == gb           ? 2
                           : ga == gv           ? 3
                                                : 4;
          ++count[role];
        }
      INFO("seed " << seed << " vertex " << v);
      CHECK(r.coordinator[v] == count[0]);
      CHECK(r.consultant[v] == count[1]);
      CHECK(r.gatekeeper[v] == count[2]);
      CHECK(r.representative[v] == count[3]);
      CHECK(r.liaison[v] == count[4]);
    }
  }
}

TEST_CASE("centrality kernels reject bad options", "[centrality][errors]") {
  const CsrGraph g = graph_of(3, {{0, 1}, {1, 2}}, Direction::directed);
  CHECK_THROWS_WITH(pagerank(g, {.damping = 1.0}), Catch::Contains("damping"));
  const std::vector<double> short_teleport{1.0};
  CHECK_THROWS_WITH(pagerank(g, {.teleport = short_teleport}), Catch::Contains("teleport"));
  const std::vector<double> negative{1.0, -1.0, 0.0};
  CHECK_THROWS_WITH(pagerank(g, {.teleport = negative}), Catch::Contains(">= 0"));
  const std::vector<double> zeros{0.0, 0.0, 0.0};
  CHECK_THROWS_WITH(pagerank(g, {.teleport = zeros}), Catch::Contains("sum to 0"));
  CHECK_THROWS_AS(pagerank(g, {.max_iterations = 0}), std::invalid_argument);
  CHECK_THROWS_AS(eigenvector_centrality(g, {.max_iterations = 0}), std::invalid_argument);
  CHECK_THROWS_WITH(katz_centrality(g, {.beta_per_node = short_teleport}),
                    Catch::Contains("beta_per_node"));
  CHECK_THROWS_AS(hits(g, {.max_iterations = 0}), std::invalid_argument);
  const std::vector<int> groups{0, 1};
  CHECK_THROWS_WITH(brokerage(g, groups), Catch::Contains("group"));
  const CsrGraph negative_weights = graph_of(3, {{0, 1}, {1, 2}}, Direction::undirected, -2.0);
  CHECK_THROWS_WITH(clustering(negative_weights), Catch::Contains("weights"));
  CHECK_THROWS_WITH(closeness_centrality(negative_weights), Catch::Contains("weights"));
  CHECK_NOTHROW(clustering(negative_weights, {.weights = EdgeWeights::ignore}));
}

TEST_CASE("empty and edgeless graphs", "[centrality]") {
  const CsrGraph empty = graph_of(0, {}, Direction::directed);
  CHECK(pagerank(empty).score.empty());
  CHECK(pagerank(empty).converged);
  const CsrGraph isolated = graph_of(4, {}, Direction::undirected);
  const auto pr = pagerank(isolated);
  for (const double x : pr.score) CHECK_THAT(x, Catch::Matchers::WithinAbs(0.25, 1e-15));
  const auto h = hits(isolated);
  CHECK(h.converged);
  CHECK(h.hub == std::vector<double>(4, 0.25));
  CHECK(closeness_centrality(isolated) == std::vector<double>(4, 0.0));
  CHECK(clustering(isolated) == std::vector<double>(4, 0.0));
}

// Graphs of more than 2^19 vertices run in out-degree order (pagerank.cpp: rows, sources and every
// per-vertex vector renumbered); the scores must be those of the textbook power iteration, written
// here the obvious way, in the graph's own numbering, also with a personalization vector.
TEST_CASE("PageRank on a graph large enough for the degree-ordered sweep equals plain iteration",
          "[centrality][pagerank]") {
  const Vertex n = (Vertex{1} << 19) + 4097;
  struct Case {
    testing::Weights weights;
    bool personalized;
  };
  for (const Case c : {Case{testing::Weights::ignore, false}, Case{testing::Weights::use, false},
                       Case{testing::Weights::ignore, true}}) {
    const CsrGraph g =
        testing::random_graph(n, 3 * std::int64_t{n}, 11, Direction::directed, c.weights);
    const bool weighted = c.weights == testing::Weights::use;
    std::vector<double> strength(n, 0.0);
    for (Vertex u = 0; u < n; ++u)
      for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a)
        strength[u] += weighted ? g.out_weight_array()[a] : 1.0;
    std::vector<double> teleport;  // uneven (1..7 by vertex number): a misplaced share shows
    if (c.personalized)
      for (Vertex v = 0; v < n; ++v) teleport.push_back(1.0 + v % 7);
    double teleport_sum = 0.0;
    for (const double t : teleport) teleport_sum += t;
    std::vector<double> x(n, 1.0 / n), next(n);
    constexpr int kSweeps = 12;
    for (int sweep = 0; sweep < kSweeps; ++sweep) {
      double dangling = 0.0;
      for (Vertex u = 0; u < n; ++u)
        if (strength[u] == 0.0) dangling += x[u];
      for (Vertex v = 0; v < n; ++v)
        next[v] =
            (0.85 * dangling + 0.15) * (c.personalized ? teleport[v] / teleport_sum : 1.0 / n);
      for (Vertex u = 0; u < n; ++u)
        for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a)
          next[g.out_targets()[a]] +=
              0.85 * x[u] * (weighted ? g.out_weight_array()[a] : 1.0) / strength[u];
      x.swap(next);
    }
    // automatic picks the degree-ordered sweep at this size; graph order must agree as well.
    REQUIRE(PageRankOperator(g).degree_ordered());
    for (const auto layout : {PageRankLayout::automatic, PageRankLayout::graph_order}) {
      INFO((layout == PageRankLayout::automatic ? "degree-ordered" : "graph order")
           << (weighted ? ", weighted" : "") << (c.personalized ? ", personalized" : ""));
      const auto r = pagerank(
          g,
          {.tolerance_l1 = 0.0, .max_iterations = kSweeps, .teleport = teleport, .layout = layout});
      REQUIRE(r.iterations == kSweeps);
      double worst = 0.0;
      for (Vertex v = 0; v < n; ++v) worst = std::max(worst, std::abs(r.score[v] - x[v]) / x[v]);
      CHECK(worst < 1e-12);  // rounding only: the two sum each row in different orders
    }
  }
}

// The operator is the setup of pagerank(graph, options): reusing it for other damping factors,
// teleport vectors and tolerances must give what a fresh call gives, bit for bit, in both
// layouts, also after the operator was moved (its spans view buffers it owns).
TEST_CASE("A PageRank operator reused across calls equals fresh calls", "[centrality][pagerank]") {
  const CsrGraph g =
      testing::random_graph(3000, 12000, 5, Direction::directed, testing::Weights::use);
  std::vector<double> teleport(3000);
  for (std::size_t v = 0; v < teleport.size(); ++v) teleport[v] = 1.0 + static_cast<double>(v % 5);
  for (const auto layout : {PageRankLayout::degree_ordered, PageRankLayout::graph_order})
    for (const auto weights : {EdgeWeights::use, EdgeWeights::ignore}) {
      INFO((layout == PageRankLayout::graph_order ? "graph order" : "degree-ordered")
           << (weights == EdgeWeights::use ? ", weighted" : ", unweighted"));
      PageRankOperator built(g, weights, layout);
      const PageRankOperator op = std::move(built);
      CHECK(op.weighted() == (weights == EdgeWeights::use));
      CHECK(op.degree_ordered() == (layout == PageRankLayout::degree_ordered));
      CHECK(&op.graph() == &g);
      const std::vector<PageRankOptions> calls = {
          {.weights = weights, .layout = layout},
          {.damping = 0.6, .tolerance_l1 = 1e-6, .weights = weights, .layout = layout},
          {.teleport = teleport, .weights = weights, .layout = layout},
          {.max_iterations = 3, .weights = weights, .layout = layout}};
      for (const auto& options : calls) {
        const auto fresh = pagerank(g, options);
        // The operator's weights and layout apply; options carrying others change nothing.
        PageRankOptions other = options;
        other.weights = weights == EdgeWeights::use ? EdgeWeights::ignore : EdgeWeights::use;
        other.layout = PageRankLayout::automatic;
        const auto reused = pagerank(op, other);
        CHECK(reused.iterations == fresh.iterations);
        CHECK(reused.converged == fresh.converged);
        testing::check_identical(reused.score, fresh.score);
      }
    }
}
