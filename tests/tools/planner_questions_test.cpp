// The planner's questions of issue 14, each one command on the built-in dataset (the README's
// planner section shows them), with the answers counted by hand from the seed facts
// (tests/fixtures/seed-facts.json), never from this project's own output.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

namespace {

std::set<std::string> ids(const nlohmann::json& rows, const std::string& key = "id") {
  std::set<std::string> out;
  for (const auto& row : rows) out.insert(row.at(key).get<std::string>());
  return out;
}

// Cities of the nanjing_metro region in the facts.
std::set<std::string> metro_cities() {
  for (const auto& r : seed_facts().at("regions"))
    if (r.at("id") == "nanjing_metro") {
      std::set<std::string> out;
      for (const auto& m : r.at("members")) out.insert(m.get<std::string>());
      return out;
    }
  FAIL("no nanjing_metro region in the facts");
  return {};
}

}  // namespace

TEST_CASE("question: Nanjing's stated partner cities, by name", "[planner][cli][questions]") {
  const auto out = cli_json({"neighbors", "南京", "--level", "city", "--evidence", "stated"});
  std::set<std::string> expected;  // cities at the other end of a stated tie, not a declaration
  for (const auto& e : seed_facts().at("edges")) {
    if (e.at("evidence") != "stated" || e.at("kind") == "corridor_link") continue;
    const auto a = fact_ancestor(e.at("src"), "city"), b = fact_ancestor(e.at("dst"), "city");
    if (a && b && *a != *b && (*a == "nanjing" || *b == "nanjing"))
      expected.insert(*a == "nanjing" ? *b : *a);
  }
  CHECK(expected ==
        std::set<std::string>{"huaian", "maanshan", "zhenjiang", "yangzhou", "chuzhou"});
  std::set<std::string> shown;
  for (const auto& row : out.at("neighbors"))
    if (row.at("kind") != "corridor_link") shown.insert(row.at("neighbor_id").get<std::string>());
  CHECK(shown == expected);
}

TEST_CASE("question: which cities a university reaches, through its own ties",
          "[planner][cli][questions]") {
  const auto out = cli_json({"neighbors", "东南大学", "--level", "city"});
  std::set<std::string> expected;
  for (const auto& e : seed_facts().at("edges")) {
    if (e.at("src") != "seu" && e.at("dst") != "seu") continue;
    const std::string other = e.at("src") == "seu" ? e.at("dst") : e.at("src");
    if (const auto city = fact_ancestor(other, "city")) expected.insert(*city);
  }
  REQUIRE(!expected.empty());
  CHECK(ids(out.at("neighbors"), "neighbor_id") == expected);
}

TEST_CASE("question: flying-enclave hosts; corridor cities without one; metro cities left out",
          "[planner][cli][questions]") {
  // Facts: e023 Huai'an -> Nanjing ("Huai'an-owned enclaves located in Nanjing") and e024, a
  // two-way enclave between 江苏软件园 (Nanjing) and 马鞍山软件园: hosts Nanjing and Ma'anshan.
  CHECK(ids(cli_json({"places", "--hosting"}).at("places")) ==
        std::set<std::string>{"nanjing", "maanshan"});
  // Corridor members' cities (g312, g328, ninghuai, zidong, g42, huning, taihu_bay,
  // yanjiang_njmetro via its parks, nantong_yanjiang, ninghang, cross_border) minus the three
  // cities with an enclave (Nanjing, Huai'an, Ma'anshan).
  std::set<std::string> on_corridor;
  for (const auto& c : seed_facts().at("corridors"))
    for (const auto& m : c.at("members"))
      if (const auto city = fact_ancestor(m.get<std::string>(), "city")) on_corridor.insert(*city);
  for (const std::string enclave : {"nanjing", "huaian", "maanshan"}) on_corridor.erase(enclave);
  CHECK(ids(cli_json({"places", "--on-corridor", "--lacking"}).at("places")) == on_corridor);
  // Metro cities with no stated tie to another city: Wuhu and Xuancheng.
  std::set<std::string> tied;
  for (const auto& e : seed_facts().at("edges")) {
    if (e.at("evidence") != "stated" || e.at("kind") == "corridor_link") continue;
    const auto a = fact_ancestor(e.at("src"), "city"), b = fact_ancestor(e.at("dst"), "city");
    if (a && b && *a != *b) tied.insert(*a), tied.insert(*b);
  }
  std::set<std::string> left_out;
  for (const auto& city : metro_cities())
    if (!tied.count(city)) left_out.insert(city);
  CHECK(left_out == std::set<std::string>{"wuhu", "xuancheng"});
  CHECK(ids(cli_json(
                {"places", "--within", "nanjing_metro", "--evidence", "stated", "--without-ties"})
                .at("places")) == left_out);
}

TEST_CASE("question: HTE attainment and projection; the 2023 base of technology contracts",
          "[planner][cli][questions]") {
  const auto hte = cli_json({"indicators", "--scope", "nanjing", "--metric", "hte_count"});
  const auto& row = hte.at("targets").at(0);
  // Facts: 2020 baseline 6507 (i014), 2024 actual >10500 (i133), 2025 target >20000 (i060).
  CHECK(row.at("attainment").get<double>() == Approx(10500.0 / 20000.0).epsilon(1e-12));
  CHECK(row.at("progress").get<double>() ==
        Approx((10500.0 - 6507.0) / (20000.0 - 6507.0)).epsilon(1e-12));
  CHECK(row.at("projected").get<double>() ==
        Approx(10500.0 * std::pow(10500.0 / 6507.0, 1.0 / 4)).epsilon(1e-12));
  // Facts i121, i122: 4,326 contracts out in 2024, +36.29% on 2023.
  const auto contracts = cli_json(
      {"indicators", "--scope", "nanjing_metro", "--metric", "tech_contracts_out", "--derived"});
  bool found = false;
  for (const auto& d : contracts.at("derived"))
    if (d.at("derivation") == "base_from_growth" && d.at("metric") == "tech_contracts_out") {
      found = true;
      CHECK(d.at("year") == 2023);
      CHECK(d.at("value").get<double>() == Approx(4326.0 / 1.3629).epsilon(1e-12));
      CHECK(d.at("from") == "i121,i122");
    }
  CHECK(found);
}

TEST_CASE("question: a roll-up to the user's own zones from a CSV", "[planner][cli][questions]") {
  const std::string path = "planner_questions_zones.csv";
  {
    std::ofstream out(path);
    out << "node,zone\n江北新区,north\nnanjing,core\nzhenjiang,east\n扬州,east\n";
  }
  const auto out = cli_json({"rollup", "--level", "zone", "--zones", path});
  std::remove(path.c_str());
  // Expected by hand from the facts: a node's zone is its own or its nearest listed ancestor's.
  const auto zone = [](std::string id) -> std::string {
    for (;;) {
      if (id == "jiangbei_new_area") return "north";
      if (id == "nanjing") return "core";
      if (id == "zhenjiang" || id == "yangzhou") return "east";
      const auto& n = fact_node(id);
      if (!n.contains("parent") || n.at("parent").is_null()) return "";
      id = n.at("parent").get<std::string>();
    }
  };
  std::map<std::pair<std::string, std::string>, std::int64_t> expected;
  for (const auto& e : seed_facts().at("edges")) {
    auto a = zone(e.at("src")), b = zone(e.at("dst"));
    if (a.empty() || b.empty()) continue;
    if (a > b) std::swap(a, b);
    ++expected[{a, b}];
  }
  std::map<std::pair<std::string, std::string>, std::int64_t> got;
  for (const auto& row : out.at("ties")) {
    auto a = row.at("zone_a").get<std::string>(), b = row.at("zone_b").get<std::string>();
    if (a > b) std::swap(a, b);
    got[{a, b}] += row.at("edges").get<std::int64_t>();
  }
  CHECK(got == expected);
  const auto bad = run_cli({"rollup", "--level", "zone", "--zones", "no-such-file.csv"});
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.err, Catch::Contains("no-such-file.csv"));
}

TEST_CASE("names: Chinese and English names, near misses and shared names",
          "[planner][cli][questions]") {
  CHECK(run_cli({"neighbors", "Nanjing"}).exit_code == 0);
  const auto near = run_cli({"neighbors", "南京大"});
  CHECK(near.exit_code == 2);
  CHECK_THAT(near.err, Catch::Contains("did you mean"));
  const auto corridor = cli_json({"corridor", "宁淮"});
  CHECK(corridor.at("summary").at(0).at("value") == 7);  // 宁淮: 7 ties (seed facts, see above)
  CHECK(cli_json({"corridor", "G312"}).at("summary").at(0).at("value") == 4);
}
