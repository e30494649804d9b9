// The planner's questions of issue 18, each one `innonet query` line as the README shows it,
// checked against tests/fixtures/query/planner_answers.json (computed from the dataset's JSON
// by tests/fixtures/make_query_answers.py, not by the engine).
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "tests/support/fixtures.hpp"

namespace innonet::testing {
namespace {

nlohmann::json query_json(const std::string& query, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"--format", "json", "query", query};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = run_cli(args);
  INFO(query << "\n" << r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out)["query"];
}

std::set<std::string> column(const nlohmann::json& rows, const std::string& name) {
  std::set<std::string> out;
  for (const auto& row : rows) out.insert(row[name].get<std::string>());
  return out;
}

const nlohmann::json& answers() {
  static const nlohmann::json kAnswers = fixture_json("query/planner_answers.json");
  return kAnswers;
}

// The README's lines (keep them identical).
const std::string kPartners =
    "MATCH (n:city {id: 'nanjing'})<-[:WITHIN*0..]-(a)-[r {evidence: 'stated'}]-(b)"
    "-[:WITHIN*0..]->(c:city) WHERE c <> n RETURN c.id AS city, c.name AS name, count(r) AS ties "
    "ORDER BY ties DESC, city";
const std::string kUniversities =
    "MATCH (u:university)-[:branch]->(x)-[:WITHIN*0..]->(:city {id: $city}) "
    "RETURN u.id AS university, u.name AS name, collect(x.name) AS bases ORDER BY university";
const std::string kCorridors =
    "MATCH (g:corridor) WHERE NOT exists { MATCH (g)<-[:MEMBER_OF {implied: false}]-(m1), "
    "(g)<-[:MEMBER_OF {implied: false}]-(m2), (m1)<-[:WITHIN*0..]-(a)-[:flying_enclave]-(b)"
    "-[:WITHIN*0..]->(m2) WHERE m1 <> m2 } RETURN g.id AS corridor, g.name AS name ORDER BY "
    "corridor";
const std::string kLonely =
    "MATCH (c:city)-[:MEMBER_OF {implied: false}]->(:region {id: 'nanjing_metro'}) WHERE NOT "
    "exists { MATCH (c)<-[:WITHIN*0..]-(a)-[r {evidence: 'stated'}]-(b)-[:WITHIN*0..]->(d:city) "
    "WHERE d <> c } RETURN c.id AS city, c.name AS name ORDER BY city";
const std::string kBase2023 =
    "MATCH (v:indicator {metric: 'tech_contract_value_out', year: 2024})-[:OF]->(s)"
    "<-[:OF]-(g:indicator {metric: 'tech_contract_value_out_yoy', year: 2024}) "
    "RETURN s.id AS scope, v.value AS value_2024, g.value AS growth_pct, "
    "round(v.value / (1 + g.value / 100), 2) AS base_2023";
const std::string kPerContract =
    "MATCH (v:indicator {metric: 'tech_contract_value_out', year: 2024})-[:OF]->(s)"
    "<-[:OF]-(n:indicator {metric: 'tech_contracts_out', year: 2024}) "
    "RETURN s.id AS scope, v.value AS value_yi_yuan, n.value AS contracts, "
    "round(v.value / n.value * 10000, 1) AS wan_yuan_per_contract";

TEST_CASE("query: Nanjing's stated partner cities", "[query][planner]") {
  const auto rows = query_json(kPartners);
  std::map<std::string, std::int64_t> got;
  for (const auto& row : rows)
    got[row["city"].get<std::string>()] = row["ties"].get<std::int64_t>();
  std::map<std::string, std::int64_t> expected;
  for (const auto& [city, ties] : answers()["nanjing_partner_cities"].items())
    expected[city] = ties.get<std::int64_t>();
  CHECK(got == expected);
  for (std::size_t i = 1; i < rows.size(); ++i)  // ORDER BY ties DESC
    CHECK(rows[i - 1]["ties"].get<std::int64_t>() >= rows[i]["ties"].get<std::int64_t>());
}

TEST_CASE("query: universities with a base under Huai'an", "[query][planner]") {
  const auto rows = query_json(kUniversities, {"--param", "city=huaian"});
  const auto expected =
      answers()["universities_with_base_under_huaian"].get<std::set<std::string>>();
  CHECK(column(rows, "university") == expected);
}

TEST_CASE("query: corridors with no flying enclave between their members", "[query][planner]") {
  const auto expected = answers()["corridors_without_flying_enclave"].get<std::set<std::string>>();
  CHECK(column(query_json(kCorridors), "corridor") == expected);
}

TEST_CASE("query: metropolitan cities without a stated tie", "[query][planner]") {
  const auto expected = answers()["metro_cities_without_stated_tie"].get<std::set<std::string>>();
  CHECK(column(query_json(kLonely), "city") == expected);
}

TEST_CASE("query: 2023 base and value per contract from two indicators", "[query][planner]") {
  const auto base = query_json(kBase2023);
  REQUIRE(base.size() == 1);
  CHECK(base[0]["base_2023"].get<double>() ==
        Approx(answers()["contract_value_base_2023"].get<double>()).margin(0.005));
  const auto per = query_json(kPerContract);
  REQUIRE(per.size() == 1);
  CHECK(per[0]["wan_yuan_per_contract"].get<double>() ==
        Approx(answers()["contract_value_per_contract_wan_yuan"].get<double>()).margin(0.05));
}

}  // namespace
}  // namespace innonet::testing
