// `innonet communities` end to end: membership, per-community summary, modularity, options and
// errors, on a small edge-list file and on the built-in dataset.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "tests/support/fixtures.hpp"
#include "tests/support/scratch_dir.hpp"

using innonet::testing::run_cli;

namespace {

// Two 4-cliques {0,1,2,3} and {4,5,6,7} joined by the single tie 3-4.
std::string two_cliques_file() {
  const auto dir = innonet::testing::scratch_dir("innonet_communities_test");
  const auto path = (dir / "cliques.edges").string();
  std::ofstream out(path);
  out << "0 1\n0 2\n0 3\n1 2\n1 3\n2 3\n4 5\n4 6\n4 7\n5 6\n5 7\n6 7\n3 4\n";
  return path;
}

nlohmann::json run_json(const std::vector<std::string>& args) {
  const auto r = run_cli(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}

double summary_value(const nlohmann::json& report, const std::string& measure) {
  for (const auto& row : report.at("summary"))
    if (row.at("measure") == measure) return row.at("value").get<double>();
  FAIL("no summary row " << measure);
  return 0.0;
}

}  // namespace

TEST_CASE("communities splits two cliques and reports modularity", "[tools][communities]") {
  const auto file = two_cliques_file();
  for (const std::string algo : {"leiden", "louvain", "lpa"}) {
    INFO(algo);
    const auto report = run_json(
        {"--format", "json", "--graph", file, "communities", "--undirected", "--algo", algo});
    const auto& communities = report.at("communities");
    REQUIRE(communities.size() == 2);
    CHECK(communities[0].at("size").get<int>() == 4);
    CHECK(communities[0].at("internal_weight").get<double>() == 6.0);
    CHECK(communities[0].at("external_weight").get<double>() == 1.0);
    // Q = 2 * (6/13 - (13/26)^2) = 12/13 - 1/2 (NetworkX's convention).
    CHECK(summary_value(report, "modularity") == Approx(12.0 / 13.0 - 0.5).margin(1e-12));
    const auto& membership = report.at("membership");
    REQUIRE(membership.size() == 8);
  }
}

TEST_CASE("communities: same seed, same answer, CPM and resolution options",
          "[tools][communities]") {
  const auto a = run_cli({"--format", "csv", "communities", "--seed", "7"});
  const auto b = run_cli({"--format", "csv", "--threads", "2", "communities", "--seed", "7"});
  REQUIRE(a.exit_code == 0);
  CHECK(a.out == b.out);
  const auto city = run_json({"--format", "json", "communities", "--level", "city"});
  CHECK(city.at("communities").size() >= 1);
  const auto cpm =
      run_json({"--format", "json", "communities", "--quality", "cpm", "--resolution", "0.05"});
  CHECK(cpm.at("membership").size() >= 1);
}

TEST_CASE("communities rejects bad options", "[tools][communities]") {
  const auto bad_resolution = run_cli({"communities", "--resolution", "0"});
  CHECK(bad_resolution.exit_code == 2);
  CHECK(bad_resolution.err.find("resolution") != std::string::npos);
  CHECK(run_cli({"communities", "--algo", "walktrap"}).exit_code != 0);
  CHECK(run_cli({"communities", "--algo", "lpa", "--quality", "cpm"}).exit_code == 2);
}
