// The single-precision PageRank option (PageRankContributions::single_precision) against its
// reference twins: sweeps written out by hand that round each contribution x[u]/s(u) to a float
// (the option's definition), and the double-precision scores it must stay close to. Then the
// thread-count rule: bit-identical at 1 and 2 threads.
#include <omp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "algorithms/centrality/pagerank.hpp"
#include "tests/centrality/centrality_fixtures.hpp"

using namespace innonet;
using namespace innonet::centrality;
using testing::Weights;

namespace {

constexpr auto kSingle = PageRankContributions::single_precision;

double largest_relative_difference(const std::vector<double>& a, const std::vector<double>& b) {
  REQUIRE(a.size() == b.size());
  double largest = 0.0;
  for (std::size_t v = 0; v < a.size(); ++v)
    largest = std::max(largest, std::abs(a[v] - b[v]) / std::abs(b[v]));
  return largest;
}

// `sweeps` Jacobi sweeps from the uniform start, the obvious way (push over out-arcs), with the
// contributions rounded to float when `round_to_float`.
std::vector<double> plain_sweeps(const CsrGraph& g, bool weighted, int sweeps,
                                 bool round_to_float) {
  const Vertex n = g.num_nodes();
  std::vector<double> inverse(n, 0.0);
  for (Vertex u = 0; u < n; ++u) {
    double s = 0.0;
    for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a)
      s += weighted ? g.out_weight_array()[a] : 1.0;
    inverse[u] = s > 0.0 ? 1.0 / s : 0.0;
  }
  std::vector<double> x(n, 1.0 / n), next(n);
  for (int sweep = 0; sweep < sweeps; ++sweep) {
    double dangling = 0.0;
    for (Vertex u = 0; u < n; ++u)
      if (inverse[u] == 0.0) dangling += x[u];
    std::fill(next.begin(), next.end(), (0.85 * dangling + 0.15) / n);
    for (Vertex u = 0; u < n; ++u) {
      const double c = round_to_float ? static_cast<float>(x[u] * inverse[u]) : x[u] * inverse[u];
      for (ArcIndex a = g.out_begin(u); a < g.out_begin(u + 1); ++a)
        next[g.out_targets()[a]] += 0.85 * c * (weighted ? g.out_weight_array()[a] : 1.0);
    }
    x.swap(next);
  }
  return x;
}

std::vector<double> at_threads(int threads, const CsrGraph& g, const PageRankOptions& options) {
  const int before = omp_get_max_threads();
  omp_set_num_threads(threads);
  auto result = pagerank(g, options).score;
  omp_set_num_threads(before);
  return result;
}

}  // namespace

TEST_CASE("Single-precision PageRank sweeps gather float-rounded contributions",
          "[centrality][pagerank]") {
  for (const auto weights : {Weights::use, Weights::ignore}) {
    const CsrGraph g = testing::random_graph(20000, 90000, 3, Direction::directed, weights);
    const bool weighted = weights == Weights::use;
    constexpr int kSweeps = 3;
    const auto rounded = plain_sweeps(g, weighted, kSweeps, true);
    const auto exact = plain_sweeps(g, weighted, kSweeps, false);
    // The rounding shows: the float twin is measurably apart from the double one ...
    REQUIRE(largest_relative_difference(rounded, exact) > 1e-9);
    for (const auto layout : {PageRankLayout::degree_ordered, PageRankLayout::graph_order}) {
      INFO((weighted ? "weighted" : "unweighted")
           << (layout == PageRankLayout::degree_ordered ? ", degree-ordered" : ", graph order"));
      const auto r = pagerank(g, {.tolerance_l1 = 0.0,
                                  .max_iterations = kSweeps,
                                  .layout = layout,
                                  .contributions = kSingle});
      REQUIRE(r.iterations == kSweeps);
      // ... and the option is the float twin up to the order of the additions.
      CHECK(largest_relative_difference(r.score, rounded) < 1e-12);
    }
  }
}

TEST_CASE("Single-precision PageRank converges to the double-precision scores",
          "[centrality][pagerank]") {
  for (const auto weights : {Weights::use, Weights::ignore}) {
    const CsrGraph g = testing::random_graph(100000, 1000000, 11, Direction::directed, weights);
    for (const auto layout : {PageRankLayout::degree_ordered, PageRankLayout::graph_order})
      for (const auto sweep : {PageRankSweep::jacobi, PageRankSweep::gauss_seidel}) {
        INFO((weights == Weights::use ? "weighted" : "unweighted")
             << (layout == PageRankLayout::degree_ordered ? ", degree-ordered" : ", graph order")
             << (sweep == PageRankSweep::jacobi ? ", Jacobi" : ", Gauss-Seidel"));
        const auto exact = pagerank(g, {.tolerance_l1 = 1e-13, .layout = layout, .sweep = sweep});
        // The library's default tolerance (1e-10) is reached: once the rounded contributions
        // stop changing, a sweep changes nothing. (It takes 34-40 sweeps here where double
        // contributions take 18-20: the roundings settle slowly. Observed differences:
        // 3.5e-8 to 4.6e-8 relative.)
        const auto single =
            pagerank(g, {.layout = layout, .sweep = sweep, .contributions = kSingle});
        REQUIRE(exact.converged);
        CHECK(single.converged);
        const double difference = largest_relative_difference(single.score, exact.score);
        // Contributions are rounded to 2^-24 relative (6e-8); that error, carried through the
        // iteration (at most 1/(1 - 0.85) = 6.7 times), bounds each score's relative error.
        CHECK(difference < 6.7 * 0x1p-24);
        CHECK(difference > 0.0);
      }
  }
}

TEST_CASE("Single-precision PageRank: 1 and 2 threads agree bit for bit", "[centrality][threads]") {
  const CsrGraph g = testing::random_graph(100000, 1000000, 11, Direction::directed, Weights::use);
  for (const auto weights : {EdgeWeights::use, EdgeWeights::ignore})
    for (const auto layout : {PageRankLayout::degree_ordered, PageRankLayout::graph_order})
      for (const auto sweep : {PageRankSweep::jacobi, PageRankSweep::gauss_seidel}) {
        INFO((weights == EdgeWeights::use ? "weighted" : "unweighted")
             << (layout == PageRankLayout::degree_ordered ? ", degree-ordered" : ", graph order")
             << (sweep == PageRankSweep::jacobi ? ", Jacobi" : ", Gauss-Seidel"));
        const PageRankOptions options{.tolerance_l1 = 0.0,
                                      .max_iterations = 6,
                                      .weights = weights,
                                      .layout = layout,
                                      .sweep = sweep,
                                      .contributions = kSingle};
        testing::check_identical(at_threads(1, g, options), at_threads(2, g, options));
      }
}
