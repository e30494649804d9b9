#pragma once
// Shared test support: reference graphs and expected values produced by the scripts in
// tests/fixtures/ (NetworkX / igraph, run once, output committed), small random graphs for
// reference-twin comparisons, and a runner for the real CLI binary.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/csr_build.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::testing {

enum class Weights { use, ignore };

// tests/fixtures/graphs/<name>.json: {"directed", "weighted", "nodes": [labels], "edges":
// [[u,v,w]]} Vertex v of the returned graph is nodes[v] (the order NetworkX listed them in).
struct FixtureGraph {
  std::string name;
  bool directed = false;
  bool weighted = false;
  std::vector<std::string> labels;
  EdgeList edges;
};
FixtureGraph fixture_graph(const std::string& name);

// The fixture as a CsrGraph, as stored (directed or not), parallel edges summed.
CsrGraph fixture_csr(const std::string& name, Weights weights = Weights::use);
// Same, forcing a direction (an undirected fixture read as directed gets both arcs).
CsrGraph fixture_csr(const std::string& name, Direction direction, Weights weights);

// Any JSON file under tests/fixtures/, e.g. fixture_json("centrality/karate.json").
nlohmann::json fixture_json(const std::string& relative_path);

// A random simple graph (no self loops, no parallel edges) with n nodes and about m edges,
// weights uniform in [0.5, 5) when asked for. Deterministic for a seed.
EdgeList random_edge_list(Vertex n, std::int64_t m, std::uint64_t seed, Weights weights);
CsrGraph random_graph(Vertex n, std::int64_t m, std::uint64_t seed, Direction direction,
                      Weights weights);

// Runs the built innonet binary with the given arguments (no shell).
struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
CliResult run_cli(const std::vector<std::string>& args);
// The innonet binary the tests run (the build's own; only this file's object knows the path, so
// test objects do not depend on where the tree is checked out and ccache shares them).
std::string cli_path();

std::string source_path(const std::string& relative);  // absolute path inside the repository

}  // namespace innonet::testing
