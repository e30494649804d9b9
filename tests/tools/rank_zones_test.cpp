// `innonet rank --level zone --zones FILE.csv`: the user's own zones ranked, checked against the
// seed facts lifted to the zones by hand (a node's zone is its own or its nearest listed
// ancestor's), never against this project's output.
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

TEST_CASE("rank --level zone ranks the user's zones on the ties between them",
          "[planner][cli][audit][zones]") {
  const std::string path = "rank_zones_test.csv";
  {
    std::ofstream out(path);
    out << "node,zone\n江北新区,north\nnanjing,core\nzhenjiang,east\n扬州,east\nHuai'an,far\n";
  }
  const auto out = cli_json({"rank", "--level", "zone", "--zones", path, "--metric", "degree",
                             "--undirected", "--top", "10"});
  const auto weighted = cli_json({"rank", "--level", "zone", "--zones", path, "--metric", "degree",
                                  "--undirected", "--weighted", "--merge", "count"});
  std::remove(path.c_str());
  const auto zone = [](std::string id) -> std::string {
    for (;;) {
      if (id == "jiangbei_new_area") return "north";
      if (id == "nanjing") return "core";
      if (id == "zhenjiang" || id == "yangzhou") return "east";
      if (id == "huaian") return "far";
      const auto& n = fact_node(id);
      if (!n.contains("parent") || n.at("parent").is_null()) return "";
      id = n.at("parent").get<std::string>();
    }
  };
  std::map<std::string, std::set<std::string>> partners;
  std::map<std::string, std::int64_t> inside, ties;
  for (const auto& e : seed_facts().at("edges")) {
    const auto a = zone(e.at("src")), b = zone(e.at("dst"));
    if (a.empty() || b.empty()) continue;
    if (a == b) {
      ++inside[a];
      continue;
    }
    partners[a].insert(b), partners[b].insert(a);
    ++ties[a], ++ties[b];
  }
  REQUIRE(out.at("rank").size() == 4);
  for (const auto& row : out.at("rank")) {
    INFO(row.dump());
    const std::string z = row.at("id");
    CHECK(row.at("type") == "zone");
    CHECK(row.at("degree").get<double>() == static_cast<double>(partners[z].size()));
    CHECK(row.at("ties_inside").get<std::int64_t>() == inside[z]);
  }
  // Strength with parallel ties counted: every tie between zones once at each end.
  for (const auto& row : weighted.at("rank"))
    CHECK(row.at("degree").get<double>() == static_cast<double>(ties[row.at("id")]));
  CHECK(run_cli({"rank", "--level", "zone"}).exit_code == 2);  // no --zones
  CHECK(run_cli({"rank", "--level", "city", "--zones", "x.csv"}).exit_code == 2);
}
