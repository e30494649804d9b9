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

TEST_CASE("nodes --show picks columns: built-in, an ancestor by type, attributes",
          "[tools][nodes][audit]") {
  const auto out = cli_json(
      {"nodes", "--attr", "partner_country", "--show", "id,name,type,parent,city,partner_country"});
  const auto& rows = out.at("nodes");
  const auto expected = fact_ids([](const auto& n) {
    return n.contains("attrs") && n.at("attrs").contains("partner_country");
  });
  REQUIRE_FALSE(expected.empty());
  CHECK(column(rows, "id") == expected);
  for (const auto& row : rows) {
    INFO(row.dump());
    CHECK(row.size() == 6);  // exactly the columns asked for
    const auto& fact = fact_node(row.at("id"));
    CHECK(row.at("name") == fact.at("name_zh"));
    CHECK(row.at("type") == fact.at("type"));
    CHECK(row.at("partner_country") == fact.at("attrs").at("partner_country"));
    if (fact.at("parent").is_null())
      CHECK(row.at("parent").is_null());
    else
      CHECK(row.at("parent") == fact.at("parent"));
    const auto city = fact_ancestor(row.at("id"), "city");
    if (city)
      CHECK(row.at("city") == *city);
    else
      CHECK(row.at("city").is_null());
  }
  const auto unknown = run_cli({"nodes", "--show", "id,partner_contry"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("did you mean 'partner_country'"));
}

TEST_CASE("nodes --count-by counts nodes per type, city or attribute", "[tools][nodes][audit]") {
  const auto count_rows = [](const nlohmann::json& rows, const std::string& key) {
    std::map<std::string, std::int64_t> counts;
    for (const auto& row : rows)
      counts[row.at(key).is_null() ? "" : row.at(key).get<std::string>()] =
          row.at("nodes").get<std::int64_t>();
    return counts;
  };
  std::map<std::string, std::int64_t> types, cities, universities, countries;
  for (const auto& n : seed_facts().at("nodes")) {
    ++types[n.at("type").get<std::string>()];
    const auto city = fact_ancestor(n.at("id"), "city");
    if (n.at("type") == "university") ++universities[city ? *city : ""];
    if (n.contains("attrs") && n.at("attrs").contains("partner_country"))
      ++countries[n.at("attrs").at("partner_country").get<std::string>()];
  }
  CHECK(count_rows(cli_json({"nodes", "--count-by", "type"}).at("counts"), "type") == types);
  CHECK(count_rows(cli_json({"nodes", "--type", "university", "--count-by", "city"}).at("counts"),
                   "city") == universities);
  CHECK(count_rows(cli_json({"nodes", "--attr", "partner_country", "--count-by", "partner_country"})
                       .at("counts"),
                   "partner_country") == countries);
  // Largest count first.
  const auto rows = cli_json({"nodes", "--count-by", "type"}).at("counts");
  for (std::size_t i = 1; i < rows.size(); ++i)
    CHECK(rows[i - 1].at("nodes").get<std::int64_t>() >= rows[i].at("nodes").get<std::int64_t>());
  CHECK(run_cli({"nodes", "--count-by", "type", "--show", "id"}).exit_code == 2);
}
