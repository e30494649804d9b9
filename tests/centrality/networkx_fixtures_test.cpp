// Every centrality kernel against NetworkX 2.8.8 on the reference graphs (values made by
// tests/fixtures/make_centrality.py), weighted and unweighted readings.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/centralization.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/clustering.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/centrality/structural_holes.hpp"
#include "datasets/builtin.hpp"
#include "engine/projection.hpp"
#include "tests/centrality/centrality_fixtures.hpp"

using namespace innonet;
using namespace innonet::centrality;
using testing::Weights;

namespace {

constexpr double kExact = 1e-9;
constexpr double kIterative = 1e-9;  // tighter than the 1e-6 allowed: we iterate to 1e-13

struct Case {
  std::string graph;
  Weights weights;
};

std::vector<Case> cases() {
  return {{"karate", Weights::use},
          {"karate", Weights::ignore},
          {"karate_unweighted", Weights::ignore},
          {"florentine", Weights::ignore},
          {"lesmis", Weights::use},
          {"lesmis", Weights::ignore},
          {"random_directed_300", Weights::use},
          {"random_directed_300", Weights::ignore},
          {"nanjing_metro", Weights::use},
          {"nanjing_metro", Weights::ignore}};
}

// The reference graphs, and the built-in dataset projected as make_centrality.py does: every
// edge, undirected, parallel edges' weights summed (vertex v = the v-th node of the file).
CsrGraph load(const std::string& name) {
  if (name != "nanjing_metro") return testing::fixture_csr(name);
  const PropertyGraph graph = datasets::builtin_dataset("nanjing-metro");
  CsrGraph g =
      project(graph, {.direction = ProjectedDirection::undirected, .merge = MergeRule::sum});
  const auto ids = testing::fixture_json("centrality/nanjing_metro.json").at("ids");
  REQUIRE(std::ssize(ids) == g.num_nodes());
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    REQUIRE(graph.node(g.node_refs()[v]).id == ids[v].get<std::string>());
  return g;
}

EdgeWeights edge_weights(Weights w) {
  return w == Weights::use ? EdgeWeights::use : EdgeWeights::ignore;
}

}  // namespace

TEST_CASE("degree and strength match NetworkX", "[centrality][degree]") {
  for (const auto& [name, weights] : cases()) {
    INFO(name << (weights == Weights::use ? " weighted" : " unweighted"));
    const CsrGraph g = load(name);
    const auto expected = testing::centrality_fixture(name, weights);
    const std::vector<std::pair<std::string, DegreeMode>> modes =
        g.is_directed()
            ? std::vector<std::pair<std::string, DegreeMode>>{{"in", DegreeMode::in},
                                                              {"out", DegreeMode::out},
                                                              {"total", DegreeMode::total}}
            : std::vector<std::pair<std::string, DegreeMode>>{{"total", DegreeMode::total}};
    for (const auto& [label, mode] : modes) {
      INFO("mode " << label);
      const auto r = degree_centrality(g, {.mode = mode, .weights = edge_weights(weights)});
      testing::check_scores(r.score, testing::score_vector(expected, "degree_" + label), kExact);
      CHECK_THAT(r.centralization,
                 Catch::Matchers::WithinAbs(
                     expected.at("degree_" + label + "_centralization").get<double>(), kExact));
    }
  }
}

TEST_CASE("pagerank matches NetworkX, plain and personalized", "[centrality][pagerank]") {
  for (const auto& [name, weights] : cases()) {
    INFO(name << (weights == Weights::use ? " weighted" : " unweighted"));
    const CsrGraph g = load(name);
    const auto expected = testing::centrality_fixture(name, weights);
    const auto teleport = testing::score_vector(expected, "pagerank_teleport");
    for (const auto layout : {PageRankLayout::graph_order, PageRankLayout::degree_ordered})
      for (const auto sweep : {PageRankSweep::jacobi, PageRankSweep::gauss_seidel}) {
        INFO((layout == PageRankLayout::graph_order ? "graph order" : "degree-ordered")
             << (sweep == PageRankSweep::jacobi ? ", Jacobi" : ", Gauss-Seidel"));
        const auto r = pagerank(g, {.tolerance_l1 = 1e-14,
                                    .weights = edge_weights(weights),
                                    .layout = layout,
                                    .sweep = sweep});
        REQUIRE(r.converged);
        testing::check_scores(r.score, testing::score_vector(expected, "pagerank"), kIterative);
        const auto p = pagerank(g, {.damping = 0.9,
                                    .tolerance_l1 = 1e-14,
                                    .teleport = teleport,
                                    .weights = edge_weights(weights),
                                    .layout = layout,
                                    .sweep = sweep});
        REQUIRE(p.converged);
        testing::check_scores(p.score, testing::score_vector(expected, "pagerank_personalized"),
                              kIterative);
      }
  }
}

TEST_CASE("eigenvector, Katz and HITS match NetworkX", "[centrality][spectral]") {
  for (const auto& [name, weights] : cases()) {
    INFO(name << (weights == Weights::use ? " weighted" : " unweighted"));
    const CsrGraph g = load(name);
    const auto expected = testing::centrality_fixture(name, weights);
    const auto ev = eigenvector_centrality(
        g, {.tolerance_l1 = 1e-14, .max_iterations = 100000, .weights = edge_weights(weights)});
    REQUIRE(ev.converged);
    testing::check_scores(ev.score, testing::score_vector(expected, "eigenvector"), kIterative);
    const double alpha = expected.at("katz_alpha").get<double>();
    for (const auto scale : {KatzScale::normalized, KatzScale::raw}) {
      const auto katz = katz_centrality(g, {.alpha = alpha,
                                            .scale = scale,
                                            .tolerance_l1 = 1e-14,
                                            .weights = edge_weights(weights)});
      REQUIRE(katz.converged);
      testing::check_scores(
          katz.score,
          testing::score_vector(expected, scale == KatzScale::normalized ? "katz" : "katz_raw"),
          kIterative);
    }
    if (!expected.contains("hits_hub")) continue;  // nx.hits always reads weights
    const auto h = hits(
        g, {.tolerance_l1 = 1e-15, .max_iterations = 100000, .weights = edge_weights(weights)});
    REQUIRE(h.converged);
    testing::check_scores(h.hub, testing::score_vector(expected, "hits_hub"), kIterative);
    testing::check_scores(h.authority, testing::score_vector(expected, "hits_authority"),
                          kIterative);
  }
}

TEST_CASE("betweenness matches NetworkX: normalized, raw, endpoints", "[centrality][betweenness]") {
  for (const auto& [name, weights] : cases()) {
    INFO(name << (weights == Weights::use ? " weighted" : " unweighted"));
    const CsrGraph g = load(name);
    const auto expected = testing::centrality_fixture(name, weights);
    const EdgeWeights ew = edge_weights(weights);
    const auto normalized = betweenness(g, {.weights = ew});
    testing::check_scores(normalized.score, testing::score_vector(expected, "betweenness"), kExact);
    CHECK_THAT(freeman_centralization(normalized.score,
                                      star_max_betweenness(g.num_nodes(), g.direction(),
                                                           BetweennessScale::normalized)),
               Catch::Matchers::WithinAbs(expected.at("betweenness_centralization").get<double>(),
                                          kExact));
    testing::check_scores(betweenness(g, {.scale = BetweennessScale::raw, .weights = ew}).score,
                          testing::score_vector(expected, "betweenness_raw"), kExact);
    testing::check_scores(betweenness(g, {.endpoints = Endpoints::include, .weights = ew}).score,
                          testing::score_vector(expected, "betweenness_endpoints"), kExact);
  }
}

TEST_CASE("edge betweenness matches NetworkX", "[centrality][betweenness]") {
  for (const auto& [name, weights] : cases()) {
    INFO(name << (weights == Weights::use ? " weighted" : " unweighted"));
    const CsrGraph g = load(name);
    const auto expected = testing::centrality_fixture(name, weights);
    for (const auto scale : {BetweennessScale::normalized, BetweennessScale::raw}) {
      const auto r = edge_betweenness(g, {.scale = scale, .weights = edge_weights(weights)});
      const auto& rows = expected.at(
          scale == BetweennessScale::normalized ? "edge_betweenness" : "edge_betweenness_raw");
      REQUIRE(std::ssize(rows) == g.num_edges());
      for (const auto& row : rows) {
        const Vertex u = row.at(0).get<Vertex>(), v = row.at(1).get<Vertex>();
        const double want = row.at(2).get<double>();
        INFO("edge " << u << "-" << v);
        const ArcIndex e = g.find_arc(u, v);
        REQUIRE(e >= 0);
        CHECK_THAT(r.score[e], Catch::Matchers::WithinAbs(want, kExact));
        if (!g.is_directed()) CHECK(r.score[g.find_arc(v, u)] == r.score[e]);
      }
    }
  }
}

TEST_CASE("closeness and harmonic centrality match NetworkX", "[centrality][closeness]") {
  for (const auto& [name, weights] : cases()) {
    INFO(name << (weights == Weights::use ? " weighted" : " unweighted"));
    const CsrGraph g = load(name);
    const auto expected = testing::centrality_fixture(name, weights);
    const EdgeWeights ew = edge_weights(weights);
    testing::check_scores(closeness_centrality(g, {.weights = ew}),
                          testing::score_vector(expected, "closeness"), kExact);
    testing::check_scores(
        closeness_centrality(g, {.scale = ClosenessScale::component, .weights = ew}),
        testing::score_vector(expected, "closeness_component"), kExact);
    testing::check_scores(harmonic_centrality(g, {.weights = ew}),
                          testing::score_vector(expected, "harmonic"), kExact);
  }
}

TEST_CASE("structural holes and clustering match NetworkX", "[centrality][structural_holes]") {
  for (const auto& [name, weights] : cases()) {
    INFO(name << (weights == Weights::use ? " weighted" : " unweighted"));
    const CsrGraph g = load(name);
    const auto expected = testing::centrality_fixture(name, weights);
    const EdgeWeights ew = edge_weights(weights);
    const auto holes = structural_holes(g, {.weights = ew});
    testing::check_scores(holes.constraint, testing::score_vector(expected, "constraint"), kExact);
    testing::check_scores(holes.effective_size, testing::score_vector(expected, "effective_size"),
                          kExact);
    testing::check_scores(clustering(g, {.weights = ew}),
                          testing::score_vector(expected, "clustering"), kExact);
  }
}
