// `innonet nodes` filters checked against the seed facts.
#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

namespace {
std::set<std::string> fact_ids(const std::function<bool(const nlohmann::json&)>& keep) {
  std::set<std::string> ids;
  for (const auto& n : seed_facts().at("nodes"))
    if (keep(n)) ids.insert(n.at("id").get<std::string>());
  return ids;
}
bool has_parent(const nlohmann::json& n, const std::string& parent) {
  return n.contains("parent") && n.at("parent") == parent;
}
}  // namespace

TEST_CASE("nodes filters by type, parent and ancestor", "[tools][nodes]") {
  const auto cities = cli_json({"nodes", "--type", "city"}).at("nodes");
  CHECK(column(cities, "id") == fact_ids([](const auto& n) { return n.at("type") == "city"; }));
  CHECK(cities.at(0).at("type") == "city");

  const auto two = cli_json({"nodes", "--type", "lab,fund"}).at("nodes");
  CHECK(column(two, "id") ==
        fact_ids([](const auto& n) { return n.at("type") == "lab" || n.at("type") == "fund"; }));

  const auto children = cli_json({"nodes", "--parent", "nanjing"}).at("nodes");
  CHECK(column(children, "id") == fact_ids([](const auto& n) { return has_parent(n, "nanjing"); }));

  const auto below = cli_json({"nodes", "--ancestor", "nanjing"}).at("nodes");
  const auto expected_below = fact_ids([](const auto& n) {
    for (auto p = n; p.contains("parent") && !p.at("parent").is_null();) {
      p = fact_node(p.at("parent"));
      if (p.at("id") == "nanjing") return true;
    }
    return false;
  });
  CHECK(column(below, "id") == expected_below);
  CHECK(below.size() > children.size());
}

TEST_CASE("nodes filters by attribute and limits rows", "[tools][nodes]") {
  const auto anhui = cli_json({"nodes", "--attr", "province=Anhui"}).at("nodes");
  const auto expected = fact_ids([](const auto& n) {
    return n.contains("attrs") && n.at("attrs").contains("province") &&
           n.at("attrs").at("province") == "Anhui";
  });
  REQUIRE_FALSE(expected.empty());
  CHECK(column(anhui, "id") == expected);
  const auto with_province = cli_json({"nodes", "--attr", "province"}).at("nodes");
  CHECK(with_province.size() > anhui.size());

  const auto out = cli_json({"nodes", "--limit", "3"});
  CHECK(out.at("nodes").size() == 3);
  CHECK_THAT(out.at("nodes_notes").at(0).get<std::string>(), Catch::Contains("3 of 289"));
}

TEST_CASE("nodes refuses unknown types and ids with a suggestion", "[tools][nodes][errors]") {
  const auto type = run_cli({"nodes", "--type", "cty"});
  CHECK(type.exit_code == 2);
  CHECK_THAT(type.err, Catch::Contains("unknown node type 'cty'; did you mean 'city'?"));
  const auto id = run_cli({"nodes", "--ancestor", "nanjng"});
  CHECK(id.exit_code == 2);
  CHECK_THAT(id.err, Catch::Contains("unknown node id 'nanjng'; did you mean 'nanjing'?"));
  CHECK(run_cli({"nodes", "--attr", "=x"}).exit_code == 2);
  CHECK(run_cli({"nodes", "--limit", "-1"}).exit_code == 2);
  CHECK(run_cli({"nodes", "--help"}).exit_code == 0);
}
