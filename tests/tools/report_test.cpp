// `innonet report` on a network too large for exact betweenness: the hubs section samples its
// sources, says so with the bound, and its figures are the sampled estimator's for those sources,
// recomputed here by a plain BFS-and-dependency sum (not the engine's betweenness kernel).
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <queue>
#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "engine/projection.hpp"
#include "io/graph_file.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace innonet;
using innonet::testing::run_cli;

namespace {

// Brandes & Pich's estimator on an unweighted graph, written out: for each sampled source s a
// BFS counts shortest paths σ and the dependency δ_s(v) = Σ_{w: v pred of w} σ_v/σ_w (1 + δ_s(w))
// is summed back from the farthest vertex; the estimate is n/k · Σ_s δ_s(v), normalized by
// (n−1)(n−2) (ordered pairs, NetworkX's normalized scale for an undirected graph).
std::vector<double> sampled_betweenness(const CsrGraph& g, const std::vector<Vertex>& sources) {
  const Vertex n = g.num_nodes();
  std::vector<double> total(n, 0.0);
  for (const Vertex s : sources) {
    std::vector<std::int64_t> dist(n, -1);
    std::vector<double> sigma(n, 0.0), delta(n, 0.0);
    std::vector<Vertex> order;
    std::queue<Vertex> queue;
    dist[s] = 0;
    sigma[s] = 1.0;
    queue.push(s);
    while (!queue.empty()) {
      const Vertex u = queue.front();
      queue.pop();
      order.push_back(u);
      for (const Vertex w : g.out_neighbors(u)) {
        if (dist[w] < 0) {
          dist[w] = dist[u] + 1;
          queue.push(w);
        }
        if (dist[w] == dist[u] + 1) sigma[w] += sigma[u];
      }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it)
      for (const Vertex w : g.out_neighbors(*it))
        if (dist[w] == dist[*it] + 1) delta[*it] += sigma[*it] / sigma[w] * (1.0 + delta[w]);
    for (const Vertex v : order)
      if (v != s) total[v] += delta[v];
  }
  const double scale = static_cast<double>(n) / static_cast<double>(sources.size()) /
                       (static_cast<double>(n - 1) * static_cast<double>(n - 2));
  for (double& x : total) x *= scale;
  return total;
}

}  // namespace

TEST_CASE("report samples betweenness above 50000 nodes and states the bound", "[tools][report]") {
  const auto dir = innonet::testing::scratch_dir("innonet_report_test");
  const std::string path = (dir / "metro.csv").string();
  REQUIRE(run_cli({"generate", "metro", "--nodes", "60000", "--seed", "3", "-o", path}).exit_code ==
          0);
  const auto r = run_cli({"--graph", path, "--format", "json", "report", "--top", "5"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto report = nlohmann::json::parse(r.out);
  bool stated = false;
  for (const auto& note : report.at("hubs_notes"))
    stated |=
        note.get<std::string>().find("sampled from 256 of 60000 sources") != std::string::npos;
  CHECK(stated);

  const PropertyGraph graph = io::read_graph_file(path);
  const CsrGraph g = project(graph, {.direction = ProjectedDirection::undirected,
                                     .weighting = Weighting::unit,
                                     .self_loops = SelfLoops::drop});
  // The report's sources (seed 1, as the report documents); the estimate for them is recomputed
  // independently. (The hubs are the top five by PageRank, so their betweenness is not sorted.)
  const auto sources = centrality::sample_sources(g.num_nodes(), 256, 1);
  REQUIRE(sources.size() == 256);
  const auto expected = sampled_betweenness(g, sources);
  std::unordered_map<std::string, double> by_id;
  for (Vertex v = 0; v < g.num_nodes(); ++v) by_id[graph.node(g.node_refs()[v]).id] = expected[v];
  const auto& hubs = report.at("hubs");
  REQUIRE(hubs.size() == 5);
  for (const auto& row : hubs) {
    INFO(row.dump());
    CHECK(row.at("betweenness").get<double>() == Approx(by_id.at(row.at("id"))).epsilon(1e-9));
  }
  std::filesystem::remove_all(dir);
}
