// Leiden, Louvain and label propagation: the quality they reach against igraph's multilevel and
// leidenalg (averaged over seeds 0..9, tests/fixtures/make_community.py), recovery of planted
// communities, connected Leiden communities, thread-count independence and error paths.
#include <omp.h>

#include <catch2/catch.hpp>
#include <numeric>
#include <queue>
#include <stdexcept>
#include <vector>

#include "algorithms/community/compare.hpp"
#include "algorithms/community/label_propagation.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/community/louvain.hpp"
#include "algorithms/community/modularity.hpp"
#include "algorithms/generators/stochastic_block.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;
using community::QualityFunction;

namespace {

// Every community induces a connected subgraph (edge directions ignored): BFS inside each.
bool communities_connected(const CsrGraph& g, const std::vector<Vertex>& membership) {
  std::vector<char> seen(g.num_nodes(), 0), community_done(g.num_nodes(), 0);
  for (Vertex s = 0; s < g.num_nodes(); ++s) {
    if (seen[s]) continue;
    if (community_done[membership[s]]) return false;  // a second piece of a finished community
    community_done[membership[s]] = 1;
    std::queue<Vertex> queue;
    queue.push(s);
    seen[s] = 1;
    while (!queue.empty()) {
      const Vertex v = queue.front();
      queue.pop();
      for (const auto row : {g.out_neighbors(v), g.in_neighbors(v)})
        for (const Vertex u : row)
          if (!seen[u] && membership[u] == membership[v]) {
            seen[u] = 1;
            queue.push(u);
          }
    }
  }
  return true;
}

CsrGraph reached_graph(const nlohmann::json& c) {
  return testing::fixture_csr(c.at("graph").get<std::string>(), c.at("weighted").get<bool>()
                                                                    ? testing::Weights::use
                                                                    : testing::Weights::ignore);
}

}  // namespace

TEST_CASE("Leiden and Louvain reach igraph's multilevel and leidenalg on average",
          "[community][leiden][louvain]") {
  const auto doc = testing::fixture_json("community/expected.json");
  for (const auto& c : doc.at("reached")) {
    const CsrGraph g = reached_graph(c);
    const bool cpm = c.at("quality").get<std::string>() == "cpm";
    const auto quality = cpm ? QualityFunction::cpm : QualityFunction::modularity;
    const double resolution = c.at("resolution").get<double>();
    double leiden_sum = 0.0, louvain_sum = 0.0;
    for (std::uint64_t seed = 0; seed < 10; ++seed) {
      const auto r =
          community::leiden(g, {.quality = quality, .resolution = resolution, .seed = seed});
      leiden_sum += r.quality;
      louvain_sum +=
          community::louvain(g, {.quality = quality, .resolution = resolution, .seed = seed})
              .quality;
    }
    const double leiden_mean = leiden_sum / 10, louvain_mean = louvain_sum / 10;
    INFO(c.at("graph").get<std::string>()
         << " weighted=" << c.at("weighted") << " " << c.at("quality").get<std::string>()
         << ": leiden " << leiden_mean << ", louvain " << louvain_mean);
    // The references are means of 10 seeded runs of randomised heuristics, so each carries
    // sampling noise: over 200 seeds our Leiden's mean sits 0.03-0.1% under leidenalg's 10-run
    // mean on karate (weighted) and random_directed_300, and above it elsewhere. 0.25% covers that
    // noise and still fails a Leiden without refinement (Louvain is 1.2-1.3% under on those two).
    const double slack = 2.5e-3 * std::max(1.0, std::abs(leiden_mean));
    // leidenalg's CPM quality() is 2H for undirected graphs.
    const double leidenalg =
        c.at("leidenalg_mean").get<double>() / (cpm && !g.is_directed() ? 2.0 : 1.0);
    CHECK(leiden_mean >= leidenalg - slack);
    if (c.contains("igraph_multilevel_mean")) {
      CHECK(leiden_mean >= c.at("igraph_multilevel_mean").get<double>() - slack);
      CHECK(louvain_mean >= c.at("igraph_multilevel_mean").get<double>() - slack);
    }
  }
}

TEST_CASE("Leiden recovers planted communities", "[community][leiden][louvain]") {
  const auto doc = testing::fixture_json("community/expected.json");
  for (const auto& [name, truth_json] : doc.at("truth").items()) {
    const auto truth = truth_json.get<std::vector<Vertex>>();
    const CsrGraph g = testing::fixture_csr(name);
    for (std::uint64_t seed = 0; seed < 3; ++seed) {
      INFO(name << " seed " << seed);
      const auto leiden = community::leiden(g, {.seed = seed});
      CHECK(community::normalized_mutual_information(leiden.membership, truth) >= 0.95);
      const auto louvain = community::louvain(g, {.seed = seed});
      CHECK(community::normalized_mutual_information(louvain.membership, truth) >= 0.95);
    }
  }
}

TEST_CASE("Leiden never returns a disconnected community", "[community][leiden]") {
  int graphs = 0;
  for (std::uint64_t seed = 1; seed <= 40; ++seed)
    for (const auto direction : {Direction::undirected, Direction::directed}) {
      const auto n = static_cast<Vertex>(30 + (seed * 37) % 270);
      const CsrGraph g =
          testing::random_graph(n, n + static_cast<std::int64_t>(seed % 4) * n / 2, seed, direction,
                                seed % 2 ? testing::Weights::use : testing::Weights::ignore);
      for (const auto& options :
           {community::LeidenOptions{.seed = seed},
            community::LeidenOptions{.resolution = 0.3, .seed = seed + 100},
            community::LeidenOptions{
                .quality = QualityFunction::cpm, .resolution = 0.05, .seed = seed}}) {
        const auto r = community::leiden(g, options);
        INFO("seed " << seed << " n " << n);
        CHECK(communities_connected(g, r.membership));
        ++graphs;
      }
    }
  CHECK(graphs == 240);
}

TEST_CASE("community results are canonical and report their quality", "[community]") {
  const CsrGraph g = testing::fixture_csr("lesmis");
  for (const auto& r : {community::leiden(g, {.resolution = 1.3, .seed = 4}),
                        community::louvain(g, {.resolution = 1.3, .seed = 4})}) {
    CHECK(r.membership[0] == 0);
    CHECK(*std::max_element(r.membership.begin(), r.membership.end()) == r.num_communities - 1);
    CHECK_THAT(r.quality,
               WithinAbs(community::modularity(g, r.membership, {.resolution = 1.3}), 1e-12));
  }
  const auto lpa = community::label_propagation(g, {.seed = 2});
  CHECK_THAT(lpa.quality, WithinAbs(community::modularity(g, lpa.membership), 1e-12));
}

TEST_CASE("same seed, same communities at 1 and 2 threads", "[community][threads]") {
  for (const auto direction : {Direction::undirected, Direction::directed}) {
    const CsrGraph g = testing::random_graph(8000, 40000, 9, direction, testing::Weights::use);
    std::vector<std::vector<Vertex>> runs;
    for (const int threads : {1, 2}) {
      omp_set_num_threads(threads);
      runs.push_back(community::leiden(g, {.seed = 5}).membership);
      runs.push_back(community::louvain(g, {.seed = 5}).membership);
      runs.push_back(community::label_propagation(g, {.seed = 5}).membership);
    }
    CHECK(runs[0] == runs[3]);
    CHECK(runs[1] == runs[4]);
    CHECK(runs[2] == runs[5]);
  }
}

TEST_CASE("batched parallel moving on large graphs is the same at 1 and 2 threads",
          "[community][threads]") {
  // Above kParallelMoveNodes vertices local moving evaluates fixed-size batches in parallel.
  const CsrGraph g =
      testing::random_graph(70000, 140000, 4, Direction::undirected, testing::Weights::ignore);
  omp_set_num_threads(1);
  const auto leiden_one = community::leiden(g, {.iterations = 1, .seed = 2});
  const auto louvain_one = community::louvain(g, {.iterations = 1, .seed = 2});
  omp_set_num_threads(2);
  const auto leiden_two = community::leiden(g, {.iterations = 1, .seed = 2});
  const auto louvain_two = community::louvain(g, {.iterations = 1, .seed = 2});
  CHECK(leiden_one.membership == leiden_two.membership);
  CHECK(louvain_one.membership == louvain_two.membership);
  CHECK(leiden_one.quality > 0.3);
}

TEST_CASE("label propagation finds clear communities", "[community][lpa]") {
  const auto doc = testing::fixture_json("community/expected.json");
  const auto truth = doc.at("truth").at("community_planted_mu10").get<std::vector<Vertex>>();
  const CsrGraph g = testing::fixture_csr("community_planted_mu10");
  const auto r = community::label_propagation(g, {.seed = 1});
  CHECK(community::normalized_mutual_information(r.membership, truth) >= 0.9);
  CHECK(r.iterations < 100);
}

TEST_CASE("graphs without edges leave every vertex alone", "[community]") {
  EdgeList edges;
  edges.num_nodes = 5;
  const CsrGraph g = build_csr(edges, {.direction = Direction::undirected});
  CHECK(community::leiden(g).num_communities == 5);
  CHECK(community::louvain(g).num_communities == 5);
  CHECK(community::label_propagation(g).num_communities == 5);
}

TEST_CASE("detection rejects bad options, naming the parameter", "[community][errors]") {
  const CsrGraph g = testing::fixture_csr("karate");
  CHECK_THROWS_AS(community::leiden(g, {.resolution = 0.0}), std::invalid_argument);
  CHECK_THROWS_WITH(community::leiden(g, {.resolution = -2.0}), Contains("resolution"));
  CHECK_THROWS_WITH(community::louvain(g, {.resolution = 0.0}), Contains("resolution"));
  CHECK_THROWS_WITH(community::leiden(g, {.randomness = 0.0}), Contains("randomness"));
  CHECK_THROWS_WITH(community::leiden(g, {.iterations = 0}), Contains("iterations"));
  const std::vector<Vertex> short_membership(3, 0);
  CHECK_THROWS_WITH(community::leiden(g, {.initial_membership = short_membership}),
                    Contains("initial_membership"));
  CHECK_THROWS_WITH(community::label_propagation(g, {.max_sweeps = 0}), Contains("max_sweeps"));
  EdgeList edges;
  edges.num_nodes = 3;
  edges.sources = {0, 1};
  edges.targets = {1, 2};
  edges.weights = {1.0, -1.0};
  const CsrGraph negative = build_csr(edges, {.direction = Direction::undirected});
  CHECK_THROWS_WITH(community::leiden(negative), Contains("weights"));
  CHECK_THROWS_WITH(community::louvain(negative), Contains("weights"));
}

TEST_CASE("Leiden continues from an initial membership", "[community][leiden]") {
  const CsrGraph g = testing::fixture_csr("karate_unweighted");
  const auto first = community::leiden(g, {.seed = 3});
  const auto again =
      community::leiden(g, {.iterations = -1, .seed = 8, .initial_membership = first.membership});
  CHECK(again.quality >= first.quality - 1e-12);
}

// From 2^16 nodes local moving runs in parallel batches (kParallelMoveNodes, local_moving.hpp), and
// from 2^17 it sums neighbour weights through hashed tables (kDenseBelow, neighbor_weights.hpp);
// 140,000 nodes takes both paths: still the planted truth, the same at 1 and 2 threads.
TEST_CASE("Louvain and Leiden on a planted partition of 140,000 nodes",
          "[community][leiden][louvain]") {
  auto planted =
      generators::stochastic_block_model(generators::planted_partition(140'000, 280, 16.0, 0.2, 5));
  const CsrGraph g = build_csr(planted.edges, {.direction = Direction::undirected});
  const int threads = omp_get_max_threads();
  for (const bool use_leiden : {false, true}) {
    INFO((use_leiden ? "leiden" : "louvain"));
    const auto run = [&](int t) {
      omp_set_num_threads(t);
      return use_leiden ? community::leiden(g, {.seed = 3}) : community::louvain(g, {.seed = 3});
    };
    const auto one = run(1);
    const auto two = run(2);
    omp_set_num_threads(threads);
    CHECK(one.membership == two.membership);
    CHECK(community::normalized_mutual_information(one.membership, planted.community) >= 0.95);
    CHECK_THAT(one.quality,
               Catch::Matchers::WithinAbs(community::modularity(g, one.membership), 1e-12));
  }
}
