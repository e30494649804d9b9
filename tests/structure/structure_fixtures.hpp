#pragma once
// Shared helpers for the structure tests: the NetworkX fixtures of tests/fixtures/structure/
// (written by make_structure.py) and small random multigraphs for the reference twins.
#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "engine/csr_build.hpp"
#include "tests/support/fixtures.hpp"

namespace innonet::testing::structure {

inline const std::vector<std::string> kFixtureNames = {
    "karate",  "florentine",  "lesmis", "random_directed_300", "random_undirected_200",
    "tree_60", "barbell_5_3", "pieces", "clique_chain",        "directed_sparse"};

struct StructureFixture {
  CsrGraph graph;
  nlohmann::json expected;
};

// Reference graphs are read from tests/fixtures/graphs/ (unweighted); the extra graphs carry
// their own edge lists.
inline StructureFixture structure_fixture(const std::string& name) {
  StructureFixture f;
  f.expected = fixture_json("structure/" + name + ".json");
  if (!f.expected.contains("edges")) {
    f.graph = fixture_csr(name, Weights::ignore);
    return f;
  }
  EdgeList edges;
  edges.num_nodes = f.expected.at("n").get<Vertex>();
  for (const auto& e : f.expected.at("edges")) {
    edges.sources.push_back(e.at(0).get<Vertex>());
    edges.targets.push_back(e.at(1).get<Vertex>());
  }
  const auto direction =
      f.expected.at("directed").get<bool>() ? Direction::directed : Direction::undirected;
  f.graph = build_csr(edges, {.direction = direction});
  return f;
}

// Groups of vertices sharing a label, each sorted, ordered by first member.
inline std::vector<std::vector<Vertex>> groups(const std::vector<Vertex>& label) {
  std::map<Vertex, std::vector<Vertex>> by_label;
  for (Vertex v = 0; v < static_cast<Vertex>(label.size()); ++v) by_label[label[v]].push_back(v);
  std::vector<std::vector<Vertex>> result;
  for (auto& [l, members] : by_label) result.push_back(std::move(members));
  std::sort(result.begin(), result.end());
  return result;
}

// A random multigraph: m endpoint pairs drawn uniformly, self-loops and repeats kept.
inline CsrGraph random_multigraph(Vertex n, std::int64_t m, std::uint64_t seed,
                                  Direction direction) {
  std::mt19937_64 rng(seed);
  EdgeList edges;
  edges.num_nodes = n;
  for (std::int64_t i = 0; i < m; ++i) {
    edges.sources.push_back(static_cast<Vertex>(rng() % n));
    edges.targets.push_back(static_cast<Vertex>(rng() % n));
  }
  return build_csr(edges, {.direction = direction, .merge = MergeRule::keep});
}

// A path 0 - 1 - ... - (n-1) (directed: arcs i -> i+1).
inline CsrGraph path_graph(Vertex n, Direction direction) {
  EdgeList edges;
  edges.num_nodes = n;
  for (Vertex v = 0; v + 1 < n; ++v) {
    edges.sources.push_back(v);
    edges.targets.push_back(v + 1);
  }
  return build_csr(edges, {.direction = direction});
}

// Case label for twin loops: "seed 7, directed, n = 12".
inline std::string case_name(std::uint64_t seed, Direction d, Vertex n) {
  return "seed " + std::to_string(seed) +
         (d == Direction::directed ? ", directed" : ", undirected") + ", n = " + std::to_string(n);
}

}  // namespace innonet::testing::structure
