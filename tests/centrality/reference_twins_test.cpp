// The centrality kernels against their serial, obviously-right twins (tests/reference/) on many
// small random graphs: seeds × directed/undirected × weighted/unweighted.
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/clustering.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/centrality/structural_holes.hpp"
#include "tests/centrality/centrality_fixtures.hpp"
#include "tests/reference/centrality_reference.hpp"

using namespace innonet;
using namespace innonet::centrality;
using testing::Weights;

namespace {

constexpr double kTie = 1e-10;

struct RandomCase {
  CsrGraph g;
  bool weighted = false;
  reference::Matrix w;
};

// Sizes 3..14 with densities from sparse (often disconnected) to dense.
std::vector<RandomCase> random_cases() {
  std::vector<RandomCase> cases;
  for (std::uint64_t seed = 1; seed <= 12; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected})
      for (const auto weights : {Weights::use, Weights::ignore}) {
        const Vertex n = static_cast<Vertex>(3 + seed % 12);
        const std::int64_t m = static_cast<std::int64_t>(n) * (1 + seed % 4);
        RandomCase c;
        c.g = testing::random_graph(n, m, seed, direction, weights);
        c.weighted = weights == Weights::use;
        c.w = reference::dense_weights(c.g, c.weighted);
        cases.push_back(std::move(c));
      }
  return cases;
}

std::string describe(const RandomCase& c) {
  return std::to_string(c.g.num_nodes()) + " nodes, " + std::to_string(c.g.num_edges()) +
         " edges, " + (c.g.is_directed() ? "directed" : "undirected") +
         (c.weighted ? ", weighted" : "");
}

}  // namespace

TEST_CASE("betweenness equals the Floyd–Warshall pair count", "[centrality][betweenness]") {
  for (const auto& c : random_cases()) {
    INFO(describe(c));
    const auto pairs = reference::all_pairs(c.w, kTie);
    auto expected = reference::betweenness_sums(pairs, kTie);
    const double half = c.g.is_directed() ? 1.0 : 0.5;
    for (double& b : expected) b *= half;
    testing::check_scores(betweenness(c.g, {.scale = BetweennessScale::raw}).score, expected, 1e-9);
    const auto edge_sums = reference::edge_betweenness_sums(c.w, pairs, kTie);
    const auto edges = edge_betweenness(c.g, {.scale = BetweennessScale::raw});
    for (Vertex u = 0; u < c.g.num_nodes(); ++u)
      for (ArcIndex e = c.g.out_begin(u); e < c.g.out_begin(u + 1); ++e) {
        const Vertex v = c.g.out_targets()[e];
        const double want =
            c.g.is_directed() ? edge_sums[u][v] : 0.5 * (edge_sums[u][v] + edge_sums[v][u]);
        INFO("arc " << u << "->" << v);
        CHECK_THAT(edges.score[e], Catch::Matchers::WithinAbs(want, 1e-9));
      }
  }
}

TEST_CASE("closeness and harmonic equal the Floyd–Warshall formulas", "[centrality][closeness]") {
  for (const auto& c : random_cases()) {
    INFO(describe(c));
    const auto pairs = reference::all_pairs(c.w, kTie);
    testing::check_scores(closeness_centrality(c.g), reference::closeness(pairs), 1e-12);
    testing::check_scores(harmonic_centrality(c.g), reference::harmonic(pairs), 1e-12);
  }
}

TEST_CASE("PageRank, eigenvector and Katz equal dense iterations", "[centrality][spectral]") {
  for (const auto& c : random_cases()) {
    INFO(describe(c));
    const Vertex n = c.g.num_nodes();
    std::vector<double> teleport(n);
    for (Vertex v = 0; v < n; ++v) teleport[v] = 1.0 + v % 4;
    const auto expected = reference::pagerank(c.w, 0.8, teleport, 400);
    const auto pr = pagerank(c.g, {.damping = 0.8, .tolerance_l1 = 1e-15, .teleport = teleport});
    testing::check_scores(pr.score, expected, 1e-12);
    const auto gs = pagerank(c.g, {.damping = 0.8,
                                   .tolerance_l1 = 1e-15,
                                   .teleport = teleport,
                                   .sweep = PageRankSweep::gauss_seidel});
    testing::check_scores(gs.score, expected, 1e-12);
    double largest = 0.0;  // a bound on the spectral radius: the largest row sum of Wᵀ
    for (Vertex v = 0; v < n; ++v) {
      double in = 0.0;
      for (Vertex u = 0; u < n; ++u) in += c.w[u][v];
      largest = std::max(largest, in);
    }
    const double alpha = 0.9 / std::max(largest, 1.0);
    const auto katz = katz_centrality(c.g, {.alpha = alpha, .scale = KatzScale::raw});
    REQUIRE(katz.converged);
    testing::check_scores(katz.score, reference::katz(c.w, alpha, 1.0, false), 1e-8);
    if (c.g.is_directed()) continue;  // directed random graphs may have no unique leading vector
    const auto ev = eigenvector_centrality(c.g, {.tolerance_l1 = 1e-14, .max_iterations = 100000});
    if (!ev.converged) continue;  // e.g. disconnected with equal leading eigenvalues
    testing::check_scores(ev.score, reference::eigenvector(c.w, ev.iterations), 1e-9);
  }
}

// A sweep cap cuts the iteration short: the vector returned is the capped sweep's own (the last
// sweep only scales, it forms no further product), directed graphs included.
TEST_CASE("eigenvector centrality stopped by max_iterations equals that many dense sweeps",
          "[centrality][spectral]") {
  for (const auto& c : random_cases())
    for (const int sweeps : {1, 2, 7}) {
      INFO(describe(c) << " sweeps " << sweeps);
      const auto ev = eigenvector_centrality(c.g, {.tolerance_l1 = 0.0, .max_iterations = sweeps});
      CHECK(ev.iterations == sweeps);
      CHECK_FALSE(ev.converged);
      testing::check_scores(ev.score, reference::eigenvector(c.w, sweeps), 1e-12);
    }
}

TEST_CASE("structural holes and clustering equal the dense formulas",
          "[centrality][structural_holes]") {
  for (const auto& c : random_cases()) {
    INFO(describe(c));
    const auto holes = structural_holes(c.g);
    const auto expected = reference::structural_holes(c.w);
    testing::check_scores(holes.constraint, expected.constraint, 1e-12);
    testing::check_scores(holes.effective_size, expected.effective_size, 1e-12);
    testing::check_scores(clustering(c.g),
                          reference::clustering(c.w, c.g.is_directed(), c.weighted), 1e-12);
  }
}
