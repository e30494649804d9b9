// `--lang en`: English names in the tables (name_en from the seed facts, the id where a node has
// none), Chinese names still accepted as input.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/scratch_dir.hpp"
#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

TEST_CASE("lang en prints English names and still reads Chinese ones",
          "[planner][cli][audit][lang]") {
  const auto out = cli_json({"--lang", "en", "neighbors", "南京", "--level", "city"});
  REQUIRE_FALSE(out.at("neighbors").empty());
  for (const auto& row : out.at("neighbors"))
    CHECK(row.at("neighbor_name") == fact_node(row.at("neighbor_id")).at("name_en"));

  const auto rank = cli_json({"rank", "--level", "city", "--lang", "en"});  // after the command
  REQUIRE(rank.at("rank").size() > 5);
  for (const auto& row : rank.at("rank"))
    CHECK(row.at("name") == fact_node(row.at("id")).at("name_en"));

  const auto report = cli_json({"report", "--lang", "en"});
  for (const auto& row : report.at("hubs"))
    CHECK(row.at("name") == fact_node(row.at("id")).at("name_en"));
  for (const auto& row : report.at("places"))
    CHECK(row.at("name") == fact_node(row.at("id")).at("name_en"));

  // Corridors by their English name in the tables, found by their Chinese one.
  const auto corridors = cli_json({"--lang", "en", "corridors"});
  for (const auto& row : corridors.at("corridors"))
    for (const auto& c : seed_facts().at("corridors"))
      if (c.at("id") == row.at("id")) CHECK(row.at("name") == c.at("name_en"));
  CHECK(run_cli({"--lang", "en", "corridor", "宁淮"}).exit_code == 0);

  // Without --lang: the data's own (Chinese) names.
  const auto zh = cli_json({"rank", "--level", "city"});
  for (const auto& row : zh.at("rank"))
    CHECK(row.at("name") == fact_node(row.at("id")).at("name_zh"));
  CHECK(run_cli({"--lang", "fr", "rank"}).exit_code == 2);
}

TEST_CASE("lang en falls back to the id where a node has no English name", "[planner][cli][lang]") {
  const auto dir = innonet::testing::scratch_dir("innonet_lang_test");
  const auto path = (dir / "two.json").string();
  {
    std::ofstream file(path);
    file << R"({"format": "innonet-graph", "version": 1,
      "nodes": [{"id": "a", "name": "甲", "name_en": "Alpha", "type": "city"},
                {"id": "b", "name": "乙", "type": "city"}],
      "edges": [{"id": "e1", "source": "a", "target": "b", "kind": "tie"}]})";
  }
  const auto out = cli_json({"--graph", path, "--lang", "en", "nodes", "--show", "id,name"});
  std::map<std::string, std::string> names;
  for (const auto& row : out.at("nodes")) names[row.at("id")] = row.at("name");
  CHECK(names == std::map<std::string, std::string>{{"a", "Alpha"}, {"b", "b"}});
  CHECK(cli_json({"--graph", path, "--lang", "en", "neighbors", "乙"}).at("neighbors").size() == 1);
  std::filesystem::remove_all(dir);
}
