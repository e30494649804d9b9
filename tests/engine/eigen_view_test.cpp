// The Eigen view is zero-copy (its pointers are the CSR arrays) and computes real products:
// PageRank by power iteration against NetworkX, and A·x / A^T·x against dense products.
#include "engine/eigen_view.hpp"

#include <Eigen/Dense>
#include <catch2/catch.hpp>

#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::WithinAbs;

namespace {

// PageRank as NetworkX defines it (uniform teleport, dangling mass spread uniformly), written
// only with Eigen sparse products: y = x / outweight, next = d * A^T y + teleport.
Eigen::VectorXd eigen_pagerank(const CsrGraph& g, double damping, double tolerance_l1) {
  const EigenView a = adjacency_matrix(g);
  const EigenView at = transposed_adjacency_matrix(g);
  const Eigen::Index n = g.num_nodes();
  const Eigen::VectorXd out_weight = a.matrix() * Eigen::VectorXd::Ones(n);
  Eigen::VectorXd x = Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(n));
  for (int sweep = 0; sweep < 10000; ++sweep) {
    Eigen::VectorXd y(n);
    double dangling = 0.0;
    for (Eigen::Index v = 0; v < n; ++v) {
      y[v] = out_weight[v] > 0 ? x[v] / out_weight[v] : 0.0;
      if (out_weight[v] == 0) dangling += x[v];
    }
    const Eigen::VectorXd next =
        (damping * (at.matrix() * y)).array() + (damping * dangling + 1.0 - damping) / n;
    const double change = (next - x).lpNorm<1>();
    x = next;
    if (change < tolerance_l1) break;
  }
  return x;
}

Eigen::MatrixXd dense_adjacency(const CsrGraph& g) {
  Eigen::MatrixXd dense = Eigen::MatrixXd::Zero(g.num_nodes(), g.num_nodes());
  for (Vertex u = 0; u < g.num_nodes(); ++u) {
    const auto targets = g.out_neighbors(u);
    const auto weights = g.out_weights(u);
    for (std::size_t k = 0; k < targets.size(); ++k)
      dense(u, targets[k]) += g.is_weighted() ? weights[k] : 1.0;
  }
  return dense;
}

}  // namespace

TEST_CASE("the Eigen view maps the CSR arrays without copying them", "[engine][eigen]") {
  const CsrGraph g = testing::fixture_csr("random_directed_300");
  REQUIRE(g.is_weighted());
  const EigenView a(g);
  CHECK(a.matrix().rows() == g.num_nodes());
  CHECK(a.matrix().cols() == g.num_nodes());
  CHECK(a.matrix().nonZeros() == g.num_arcs());
  CHECK(a.matrix().outerIndexPtr() == g.out_offsets().data());
  CHECK(a.matrix().innerIndexPtr() == g.out_targets().data());
  CHECK(a.matrix().valuePtr() == g.out_weight_array().data());
  CHECK_FALSE(a.owns_unit_weights());

  const EigenView at(g, Adjacency::in);
  CHECK(at.matrix().outerIndexPtr() == g.in_offsets().data());
  CHECK(at.matrix().innerIndexPtr() == g.in_sources().data());
  CHECK(at.matrix().valuePtr() == g.in_weight_array().data());

  // Undirected: the transpose is the same arrays.
  const CsrGraph karate = testing::fixture_csr("karate");
  const EigenView kt(karate, Adjacency::in);
  CHECK(kt.matrix().outerIndexPtr() == karate.out_offsets().data());
  CHECK(kt.matrix().valuePtr() == karate.out_weight_array().data());
}

TEST_CASE("an unweighted graph gets unit weights owned by the view", "[engine][eigen]") {
  const CsrGraph g = testing::fixture_csr("karate_unweighted");
  REQUIRE_FALSE(g.is_weighted());
  EigenView a(g);
  CHECK(a.owns_unit_weights());
  CHECK(a.matrix().outerIndexPtr() == g.out_offsets().data());
  CHECK(a.matrix().innerIndexPtr() == g.out_targets().data());
  CHECK(a.matrix().sum() == static_cast<double>(g.num_arcs()));
  const double* values = a.matrix().valuePtr();
  const EigenView moved(std::move(a));  // moving keeps the unit weights where the Map points
  CHECK(moved.matrix().valuePtr() == values);
  CHECK(moved.matrix().sum() == static_cast<double>(g.num_arcs()));

  const CsrGraph empty;
  const EigenView e(empty);
  CHECK(e.matrix().rows() == 0);
  CHECK(e.matrix().nonZeros() == 0);
}

TEST_CASE("PageRank with Eigen products on the view matches NetworkX", "[engine][eigen]") {
  const auto expected = testing::fixture_json("engine/views.json").at("pagerank");
  for (const std::string name : {"karate", "random_directed_300", "lesmis"}) {
    INFO(name);
    const CsrGraph g = testing::fixture_csr(name);
    const auto score = eigen_pagerank(g, 0.85, 1e-14);
    const auto& want = expected.at(name);
    REQUIRE(static_cast<Eigen::Index>(want.size()) == score.size());
    CHECK_THAT(score.sum(), WithinAbs(1.0, 1e-9));
    for (Vertex v = 0; v < g.num_nodes(); ++v)
      CHECK_THAT(score[v], WithinAbs(want[v].get<double>(), 1e-9));
  }
}

TEST_CASE("A·x and A^T·x on the view equal dense products", "[engine][eigen]") {
  for (std::uint64_t seed = 1; seed <= 12; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected})
      for (const auto weights : {testing::Weights::use, testing::Weights::ignore}) {
        INFO("seed " << seed);
        const CsrGraph g = testing::random_graph(40, 150, seed, direction, weights);
        const Eigen::MatrixXd dense = dense_adjacency(g);
        const Eigen::VectorXd x = Eigen::VectorXd::LinSpaced(g.num_nodes(), -1.0, 2.0);
        const Eigen::VectorXd ax = adjacency_matrix(g).matrix() * x;
        const Eigen::VectorXd atx = transposed_adjacency_matrix(g).matrix() * x;
        CHECK((ax - dense * x).cwiseAbs().maxCoeff() < 1e-12);
        CHECK((atx - dense.transpose() * x).cwiseAbs().maxCoeff() < 1e-12);
      }
}

TEST_CASE("a multigraph's parallel arcs add up in products", "[engine][eigen]") {
  EdgeList edges;
  edges.num_nodes = 3;
  for (auto [u, v, w] : {std::tuple{0, 1, 2.0}, {0, 1, 3.0}, {1, 2, 1.0}, {2, 2, 4.0}}) {
    edges.sources.push_back(u);
    edges.targets.push_back(v);
    edges.weights.push_back(w);
  }
  const CsrGraph g = build_csr(edges, {.merge = MergeRule::keep});
  const Eigen::VectorXd ax = adjacency_matrix(g).matrix() * Eigen::Vector3d(1, 10, 100);
  CHECK(ax[0] == 50.0);   // 2*10 + 3*10
  CHECK(ax[1] == 100.0);  // 1*100
  CHECK(ax[2] == 400.0);  // self-loop 4*100
}
