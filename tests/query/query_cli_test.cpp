// `innonet query` as a person uses it: EXPLAIN / PROFILE, errors with a caret and "did you
// mean", exit codes (2 bad query, 1 failed run), --max-rows, --timeout, --file, standard input.
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>

#include "tests/support/fixtures.hpp"

namespace innonet::testing {
namespace {

using Catch::Matchers::Contains;

TEST_CASE("query: EXPLAIN prints the plan without running it", "[query][cli]") {
  const auto r = run_cli({"query",
                          "EXPLAIN MATCH (u:university)-[:branch]->(x)-[:WITHIN*0..]->(c:city "
                          "{id: 'huaian'}) RETURN u.name, count(*)"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Contains("NodeByIdIndex"));  // the plan starts at Huai'an, by its id
  CHECK_THAT(r.out, Contains("VarLengthExpand"));
  CHECK_THAT(r.out, Contains("Aggregate"));
  CHECK_THAT(r.out, !Contains("time_ms"));
}

TEST_CASE("query: the planner starts at the most selective label", "[query][cli]") {
  const auto r = run_cli(
      {"--format", "csv", "query", "EXPLAIN MATCH (x)-[:branch]->(u:university) RETURN count(*)"});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Contains("NodeByLabelScan,\"(u:university), 18 nodes\""));
}

TEST_CASE("query: PROFILE prints rows and time per operator", "[query][cli]") {
  const auto r = run_cli({"--format", "json", "query",
                          "PROFILE MATCH (c:city)<-[:WITHIN]-(d:district) RETURN c.id, count(d)"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto plan = nlohmann::json::parse(r.out)["plan"];
  bool scan = false;
  for (const auto& line : plan) {
    CHECK(line.contains("time_ms"));
    if (line["operator"].get<std::string>().find("NodeByLabelScan") != std::string::npos) {
      scan = true;
      CHECK(line["rows"].get<std::int64_t>() == 13);  // 13 cities in the dataset
    }
  }
  CHECK(scan);
}

TEST_CASE("query: a syntax error shows line, column, caret and what was expected",
          "[query][cli][errors]") {
  const auto r = run_cli({"query", "MATCH (a:city\nWHERE a.id = 'x' RETURN a"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Contains("query:2:1: expected ')'"));
  CHECK_THAT(r.err, Contains("found 'WHERE'"));
  CHECK_THAT(r.err, Contains("\n  WHERE a.id = 'x' RETURN a\n  ^"));
  const auto bad = run_cli({"query", "MATCH (a) RETURN a.id +"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Contains("expected an expression, found the end of the query"));
  const auto string = run_cli({"query", "RETURN 'abc"});
  CHECK(string.exit_code == 2);
  CHECK_THAT(string.err, Contains("unterminated string"));
}

TEST_CASE("query: unknown label, kind, property, procedure, function get did-you-mean",
          "[query][cli][errors]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"MATCH (u:univercity) RETURN u", "unknown label 'univercity'"},
      {"MATCH (u:univercity) RETURN u", "did you mean 'university'?"},
      {"MATCH ()-[:brnch]->() RETURN 1", "did you mean 'branch'?"},
      {"MATCH (c:city) RETURN c.nmae", "unknown property 'nmae'"},
      {"MATCH (c:city) RETURN c.nmae", "did you mean 'name'"},
      {"CALL innonet.pagernk() YIELD node RETURN node", "did you mean 'innonet.pagerank'"},
      {"CALL innonet.pagerank({dampng: 0.9}) YIELD node RETURN node", "did you mean 'damping'?"},
      {"CALL innonet.pagerank() YIELD nod RETURN nod", "did you mean 'node'?"},
      {"MATCH (c:city) RETURN lenght(c.name)", "did you mean 'length'?"},
      {"MATCH (city:city) RETURN cty.id", "unknown variable 'cty', did you mean 'city'?"},
  };
  for (const auto& [query, message] : cases) {
    INFO(query);
    const auto r = run_cli({"query", query});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Contains(message));
    CHECK_THAT(r.err, Contains("^"));
  }
}

TEST_CASE("query: a failed run exits 1 with a clear message", "[query][cli][errors]") {
  const auto rows = run_cli({"query", "--max-rows", "10", "MATCH (n) RETURN n.id"});
  CHECK(rows.exit_code == 1);
  CHECK_THAT(rows.err, Contains("more than 10 rows (--max-rows)"));
  const auto sorted =
      run_cli({"query", "--max-rows", "10", "MATCH (n) RETURN n.id ORDER BY n.id LIMIT 3"});
  CHECK(sorted.exit_code == 1);
  CHECK_THAT(sorted.err, Contains("a sort or DISTINCT would hold more than 10 rows"));
  const auto slow = run_cli({"query", "--timeout", "0.05",
                             "UNWIND range(1, 3000) AS x UNWIND range(1, 3000) AS y "
                             "RETURN count(*)"});
  CHECK(slow.exit_code == 1);
  CHECK_THAT(slow.err, Contains("longer than the timeout"));
  const auto param = run_cli({"query", "MATCH (c:city {id: $city}) RETURN c.name"});
  CHECK(param.exit_code == 1);
  CHECK_THAT(param.err, Contains("parameter $city was not given"));
  const auto div = run_cli({"query", "RETURN 1 / 0"});
  CHECK(div.exit_code == 1);
  CHECK_THAT(div.err, Contains("division by zero"));
}

TEST_CASE("query: from --file, with parameters, as CSV", "[query][cli]") {
  const std::string path = "query_cli_test.cypher";
  {
    std::ofstream out(path);
    out << "// cities under a parameter\nMATCH (c:city {id: $city})<-[:WITHIN]-(d)\n"
           "RETURN c.id AS city, count(d) AS inside;\n";
  }
  const auto r = run_cli({"--format", "csv", "query", "--file", path, "--param", "city=nanjing"});
  std::remove(path.c_str());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Contains("city,inside"));
  CHECK_THAT(r.out, Contains("nanjing,"));
}

TEST_CASE("query: procedures give the subcommands' numbers", "[query][cli][procedures]") {
  // innonet rank --metric pagerank --level city and the procedure, both as JSON.
  const auto rank = run_cli(
      {"--format", "json", "rank", "--metric", "pagerank", "--level", "city", "--top", "100"});
  REQUIRE(rank.exit_code == 0);
  std::map<std::string, double> expected;
  const auto ranked = nlohmann::json::parse(rank.out);
  for (const auto& row : ranked["rank"])
    expected[row["id"].get<std::string>()] = row["pagerank"].get<double>();
  const auto q = run_cli({"--format", "json", "query",
                          "CALL innonet.pagerank({level: 'city'}) YIELD node, score "
                          "RETURN node.id AS id, score"});
  INFO(q.err);
  REQUIRE(q.exit_code == 0);
  const auto rows = nlohmann::json::parse(q.out)["query"];
  REQUIRE(rows.size() == expected.size());
  for (const auto& row : rows)
    CHECK(row["score"].get<double>() == expected.at(row["id"].get<std::string>()));
}

}  // namespace
}  // namespace innonet::testing
