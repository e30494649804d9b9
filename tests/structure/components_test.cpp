#include "algorithms/structure/components.hpp"

#include <omp.h>

#include <catch2/catch.hpp>

#include "tests/reference/structure_reference.hpp"
#include "tests/structure/structure_fixtures.hpp"

using namespace innonet;
using namespace innonet::testing::structure;
namespace twin = innonet::reference::structure;

namespace {
std::vector<std::vector<Vertex>> expected_groups(const nlohmann::json& doc, const char* key) {
  return doc.at(key).get<std::vector<std::vector<Vertex>>>();
}
}  // namespace

TEST_CASE("weak and strong components match NetworkX", "[structure][components]") {
  for (const auto& name : kFixtureNames) {
    INFO(name);
    const auto f = structure_fixture(name);
    const auto weak = structure::weak_components(f.graph);
    const auto strong = structure::strong_components(f.graph);
    CHECK(groups(weak.label) == expected_groups(f.expected, "weak_components"));
    CHECK(groups(strong.label) == expected_groups(f.expected, "strong_components"));
    CHECK(weak.count == static_cast<Vertex>(f.expected.at("weak_components").size()));
    CHECK(strong.count == static_cast<Vertex>(f.expected.at("strong_components").size()));
  }
}

TEST_CASE("component summaries are canonical", "[structure][components]") {
  const auto f = structure_fixture("pieces");  // path 7, cycle 5, star 5, 3 isolated, K4
  const auto r = structure::weak_components(f.graph);
  REQUIRE(r.count == 7);
  CHECK(r.root == std::vector<Vertex>{0, 7, 12, 17, 18, 19, 20});
  CHECK(r.size == std::vector<Vertex>{7, 5, 5, 1, 1, 1, 4});
  CHECK(r.largest == 0);
  for (Vertex v = 0; v < f.graph.num_nodes(); ++v) {
    CHECK(r.label[v] == r.root[r.component[v]]);
    CHECK(r.label[v] <= v);
  }
  CHECK(structure::component_members(r, 6) == std::vector<Vertex>{20, 21, 22, 23});
  CHECK_THROWS_AS(structure::component_members(r, 7), std::invalid_argument);
  CHECK_THROWS_WITH(structure::weak_components(f.graph, {.sample_rounds = -1}),
                    Catch::Contains("sample_rounds"));
}

TEST_CASE("components equal the reference twins on random graphs", "[structure][components]") {
  for (std::uint64_t seed = 1; seed <= 30; ++seed)
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const auto n = static_cast<Vertex>(5 + seed % 30);
      const auto g = seed % 3 == 0 ? random_multigraph(n, n, seed, direction)
                                   : testing::random_graph(n, n * (1 + seed % 3) / 2, seed,
                                                           direction, testing::Weights::ignore);
      INFO(case_name(seed, direction, n));
      CHECK(structure::weak_components(g).label == twin::weak_labels(g));
      CHECK(structure::weak_components(g, {.sample_rounds = 0}).label == twin::weak_labels(g));
      CHECK(structure::weak_component_labels(g) == twin::weak_labels(g));
      CHECK(structure::strong_components(g).label == twin::strong_labels(g));
    }
}

TEST_CASE("components are identical at 1 and 2 threads", "[structure][components]") {
  const int saved = omp_get_max_threads();
  for (const auto direction : {Direction::directed, Direction::undirected}) {
    const auto g = testing::random_graph(60000, 50000, 3, direction, testing::Weights::ignore);
    omp_set_num_threads(1);
    const auto one = structure::weak_components(g);
    const auto strong_one = structure::strong_components(g);
    omp_set_num_threads(2);
    const auto two = structure::weak_components(g);
    const auto strong_two = structure::strong_components(g);
    CHECK(one.label == two.label);
    CHECK(one.size == two.size);
    CHECK(strong_one.label == strong_two.label);
    CHECK(one.label == structure::weak_components(g, {.sample_rounds = 5}).label);
  }
  omp_set_num_threads(saved);
}

TEST_CASE("components above the parallel threshold equal the search twin at 1 and 2 threads",
          "[structure][components]") {
  const int saved = omp_get_max_threads();
  // Average degree 0.9 (many pieces, no giant), 3 (one giant) and 12 (nearly all one piece).
  for (const std::int64_t arcs : {60000, 200000, 800000})
    for (const auto direction : {Direction::directed, Direction::undirected}) {
      const auto g = testing::random_graph(70001, arcs, 5, direction, testing::Weights::ignore);
      INFO("arcs " << arcs << (direction == Direction::directed ? " directed" : " undirected"));
      const auto want = twin::weak_labels_by_search(g);
      omp_set_num_threads(1);
      const auto one = structure::weak_components(g);
      omp_set_num_threads(2);
      const auto two = structure::weak_components(g);
      CHECK(one.label == want);
      CHECK(two.label == want);
      CHECK(structure::weak_component_labels(g) == want);  // 2 threads here
      omp_set_num_threads(1);
      CHECK(structure::weak_component_labels(g) == want);
      omp_set_num_threads(2);
      CHECK(two.component == one.component);
      CHECK(two.size == one.size);
      CHECK(two.root == one.root);
      CHECK(two.largest == one.largest);
      // The summary, recounted serially from the labels.
      std::vector<Vertex> roots, size(g.num_nodes(), 0);
      for (Vertex v = 0; v < g.num_nodes(); ++v) {
        if (want[v] == v) roots.push_back(v);
        ++size[want[v]];
      }
      REQUIRE(one.count == static_cast<Vertex>(roots.size()));
      CHECK(one.root == roots);
      Vertex largest = 0;
      for (Vertex c = 0; c < one.count; ++c) {
        CHECK(one.size[c] == size[roots[c]]);
        if (size[roots[c]] > size[roots[largest]]) largest = c;
      }
      CHECK(one.largest == largest);
      for (Vertex v = 0; v < g.num_nodes(); ++v)
        if (roots[one.component[v]] != want[v]) FAIL_CHECK("component of vertex " << v);
    }
  omp_set_num_threads(saved);
}

TEST_CASE("strong components of a 1M-vertex path need no recursion", "[structure][components]") {
  const Vertex n = 1'000'000;
  const auto directed = path_graph(n, Direction::directed);
  const auto r = structure::strong_components(directed);
  CHECK(r.count == n);
  CHECK(r.label[n - 1] == n - 1);
  const auto cycle_free = structure::weak_components(directed);
  CHECK(cycle_free.count == 1);
  const auto undirected = structure::strong_components(path_graph(n, Direction::undirected));
  CHECK(undirected.count == 1);
  CHECK(undirected.size[0] == n);
}

TEST_CASE("components of an empty graph", "[structure][components]") {
  const CsrGraph empty;
  CHECK(structure::weak_components(empty).count == 0);
  CHECK(structure::strong_components(empty).largest == kNoVertex);
}
