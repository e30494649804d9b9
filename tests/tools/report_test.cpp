// `innonet report` on a network too large for exact betweenness: the hubs section samples its
// sources, says so with the bound, and its figures are the sampled estimator's for those sources.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "algorithms/centrality/betweenness.hpp"
#include "engine/projection.hpp"
#include "io/graph_file.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using innonet::testing::run_cli;

TEST_CASE("report samples betweenness above 50000 nodes and states the bound", "[tools][report]") {
  const auto dir =
      std::filesystem::temp_directory_path() / ("innonet_report_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
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
  const auto sampled = centrality::approximate_betweenness(
      g, centrality::sample_sources(g.num_nodes(), 256, 1), 0.1);
  std::unordered_map<std::string, double> by_id;
  for (Vertex v = 0; v < g.num_nodes(); ++v)
    by_id[graph.node(g.node_refs()[v]).id] = sampled.score[v];
  const auto& hubs = report.at("hubs");
  REQUIRE(hubs.size() == 5);
  for (const auto& row : hubs) {
    INFO(row.dump());
    CHECK(row.at("betweenness").get<double>() == Approx(by_id.at(row.at("id"))).epsilon(1e-12));
  }
  std::filesystem::remove_all(dir);
}
