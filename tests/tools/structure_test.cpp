#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "tests/support/fixtures.hpp"
#include "tests/support/scratch_dir.hpp"

using innonet::testing::run_cli;

namespace {

// Two triangles {1,2,3} and {5,6,7} joined through node 4 (1-4, 4-5), plus a pendant 8 on 7 and
// a separate pair 10-11. Articulation points: 1, 4, 5, 7; bridges: 1-4, 4-5, 7-8, 10-11. The
// 2-core is 1..7 (node 4 keeps degree 2 in it).
std::string barbell_file() {
  const auto dir = innonet::testing::scratch_dir("innonet_structure_test");
  const auto path = (dir / "barbell.edges").string();
  std::ofstream out(path);
  out << "1 2\n2 3\n3 1\n1 4\n4 5\n5 6\n6 7\n7 5\n7 8\n10 11\n";
  return path;
}

nlohmann::json run_json(const std::vector<std::string>& args) {
  const auto r = run_cli(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("structure reports components, cuts, cores and the core", "[tools][structure]") {
  const auto report = run_json({"--format", "json", "--graph", barbell_file(), "structure"});
  const auto& components = report.at("components");
  REQUIRE(components.size() == 2);
  CHECK(components[0].at("kind") == "weak");
  // Vertices 0 and 9 exist (raw ids), isolated: pieces of 7, 2, 1, 1.
  CHECK(components[0].at("count").get<int>() == 4);
  CHECK(components[0].at("largest").get<int>() == 8);
  CHECK(components[0].at("isolated").get<int>() == 2);
  const auto& points = report.at("articulation_points");
  REQUIRE(points.size() == 4);
  // Nodes 4 and 5 each separate groups of 4 and 3 (cut_off 3): the largest cuts, listed first.
  CHECK(points[0].at("cut_off").get<int>() == 3);
  CHECK(points[0].at("piece_sizes") == "4, 3");
  const auto& bridges = report.at("bridges");
  REQUIRE(bridges.size() == 4);
  CHECK(std::min(bridges[0].at("from_side").get<int>(), bridges[0].at("to_side").get<int>()) ==
        4);                                   // 4-5
  CHECK(report.at("main_core").size() == 7);  // the 2-core: both triangles and node 4
  CHECK(report.at("main_core")[0].at("core").get<int>() == 2);
  CHECK(report.at("core_periphery").size() == 10);
}

TEST_CASE("structure runs on the built-in dataset at city level", "[tools][structure]") {
  const auto plain = run_json({"--format", "json", "structure", "--top", "3"});
  CHECK(plain.at("components").size() == 2);
  CHECK(plain.at("main_core").size() <= 3);
  const auto city = run_json({"--format", "json", "structure", "--level", "city", "--top", "5"});
  CHECK(city.at("core_periphery").size() <= 5);
  const auto table = run_cli({"structure", "--level", "city"});
  CHECK(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::Contains("Articulation points"));
}

TEST_CASE("structure rejects bad options", "[tools][structure]") {
  CHECK(run_cli({"structure", "--top", "0"}).exit_code != 0);
  const auto r = run_cli({"structure", "--kinds", "no_such_kind"});
  CHECK(r.exit_code != 0);
  CHECK_THAT(r.err, Catch::Contains("no_such_kind"));
}
