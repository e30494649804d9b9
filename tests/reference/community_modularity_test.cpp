// Reference twin of community::modularity and cpm_quality: the dense textbook definitions,
//   undirected Q = 1/2m sum_ij [A_ij - resolution k_i k_j / 2m] delta(c_i, c_j)
//   directed   Q = 1/m  sum_ij [A_ij - resolution k_i^out k_j^in / m] delta(c_i, c_j)
// with A_ii = 2 w for an undirected self-loop (so that k_i = sum_j A_ij), on small random graphs
// with self-loops and parallel edges; and every Leiden/Louvain result's reported quality.
#include <catch2/catch.hpp>
#include <random>
#include <vector>

#include "algorithms/community/leiden.hpp"
#include "algorithms/community/louvain.hpp"
#include "algorithms/community/modularity.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::WithinAbs;

namespace {

using Dense = std::vector<std::vector<double>>;

Dense dense_adjacency(const CsrGraph& g) {
  const Vertex n = g.num_nodes();
  Dense a(n, std::vector<double>(n, 0.0));
  for (Vertex u = 0; u < n; ++u) {
    const auto targets = g.out_neighbors(u);
    const auto weights = g.out_weights(u);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const double w = weights.empty() ? 1.0 : weights[i];
      a[u][targets[i]] += (!g.is_directed() && targets[i] == u) ? 2.0 * w : w;
    }
  }
  return a;
}

double dense_modularity(const CsrGraph& g, const std::vector<Vertex>& c, double resolution) {
  const Dense a = dense_adjacency(g);
  const auto n = a.size();
  std::vector<double> k_out(n, 0.0), k_in(n, 0.0);
  double total = 0.0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) {
      k_out[i] += a[i][j];
      k_in[j] += a[i][j];
      total += a[i][j];
    }
  double q = 0.0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (c[i] == c[j]) q += a[i][j] - resolution * k_out[i] * k_in[j] / total;
  return q / total;
}

double dense_cpm(const CsrGraph& g, const std::vector<Vertex>& c, double resolution) {
  const Dense a = dense_adjacency(g);
  const auto n = a.size();
  double h = 0.0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (c[i] == c[j]) h += a[i][j] - (i != j ? resolution : 0.0);
  return g.is_directed() ? h : h / 2.0;  // undirected: each pair was seen twice
}

CsrGraph random_multigraph(Vertex n, std::uint64_t seed, Direction direction, bool weighted) {
  EdgeList edges = testing::random_edge_list(
      n, 3 * n, seed, weighted ? testing::Weights::use : testing::Weights::ignore);
  std::mt19937_64 rng(seed);
  for (int k = 0; k < 4; ++k) {  // a few self-loops and a parallel edge
    const auto v = static_cast<Vertex>(rng() % n);
    edges.sources.push_back(v);
    edges.targets.push_back(k == 3 ? edges.targets[0] : v);
    if (k == 3) edges.sources.back() = edges.sources[0];
    if (weighted) edges.weights.push_back(1.5 + k);
  }
  return build_csr(edges, {.direction = direction, .merge = MergeRule::keep});
}

}  // namespace

TEST_CASE("modularity and CPM equal their dense definitions",
          "[community][modularity][reference]") {
  int checked = 0;
  for (std::uint64_t seed = 1; seed <= 30; ++seed)
    for (const auto direction : {Direction::undirected, Direction::directed})
      for (const bool weighted : {false, true}) {
        const auto n = static_cast<Vertex>(5 + seed % 25);
        const CsrGraph g = random_multigraph(n, seed, direction, weighted);
        std::mt19937_64 rng(seed * 31);
        std::vector<Vertex> c(n);
        for (auto& x : c) x = static_cast<Vertex>(rng() % (1 + seed % 5));
        for (const double resolution : {1.0, 0.4, 2.5}) {
          INFO("seed " << seed << " n " << n << " weighted " << weighted);
          CHECK_THAT(community::modularity(g, c, {.resolution = resolution}),
                     WithinAbs(dense_modularity(g, c, resolution), 1e-12));
          CHECK_THAT(community::cpm_quality(g, c, {.resolution = resolution}),
                     WithinAbs(dense_cpm(g, c, resolution), 1e-9));
        }
        const auto leiden = community::leiden(g, {.seed = seed});
        CHECK_THAT(leiden.quality, WithinAbs(dense_modularity(g, leiden.membership, 1.0), 1e-12));
        const auto louvain = community::louvain(g, {.seed = seed});
        CHECK_THAT(louvain.quality, WithinAbs(dense_modularity(g, louvain.membership, 1.0), 1e-12));
        // Neither may be worse than putting everything together or leaving everything alone.
        CHECK(leiden.quality >= dense_modularity(g, std::vector<Vertex>(n, 0), 1.0) - 1e-12);
        ++checked;
      }
  CHECK(checked == 120);
}
