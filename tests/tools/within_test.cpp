// `--within PLACE` on rank, recommend, corridors and report, and report's selection options
// (issue 14), checked against the seed facts (tests/fixtures/seed-facts.json) walked by hand:
// the expected sets and counts never come from this project's own output.
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>

#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

namespace {

// Whether the facts put `id` under `ancestor` (or make it `ancestor`), walking parent fields.
bool fact_under(std::string id, const std::string& ancestor) {
  for (;;) {
    if (id == ancestor) return true;
    const auto& n = fact_node(id);
    if (!n.contains("parent") || n.at("parent").is_null()) return false;
    id = n.at("parent").get<std::string>();
  }
}

std::vector<std::string> region_members(const std::string& region) {
  for (const auto& r : seed_facts().at("regions"))
    if (r.at("id") == region) return r.at("members").get<std::vector<std::string>>();
  FAIL("no region " << region << " in the facts");
  return {};
}

bool under_any(const std::string& id, const std::vector<std::string>& places) {
  for (const auto& p : places)
    if (fact_under(id, p)) return true;
  return false;
}

std::set<std::string> ids_of(const nlohmann::json& rows, const std::string& key = "id") {
  std::set<std::string> out;
  for (const auto& row : rows) out.insert(row.at(key).get<std::string>());
  return out;
}

// "name (id)" -> id
std::string id_of(const std::string& label) {
  const auto open = label.rfind('(');
  return label.substr(open + 1, label.size() - open - 2);
}

}  // namespace

TEST_CASE("rank --within ranks only the nodes under a place, on the ties among them",
          "[planner][cli][audit][within]") {
  // By Chinese name: 南京 is the city nanjing.
  const auto out =
      cli_json({"rank", "--metric", "degree", "--within", "南京", "--undirected", "--top", "1000"});
  std::set<std::string> expected;
  for (const auto& n : seed_facts().at("nodes"))
    if (fact_under(n.at("id"), "nanjing")) expected.insert(n.at("id").get<std::string>());
  CHECK(ids_of(out.at("rank")) == expected);
  // Degree (undirected, parallel ties merged): distinct partners under Nanjing.
  std::map<std::string, std::set<std::string>> partners;
  for (const auto& e : seed_facts().at("edges")) {
    const std::string a = e.at("src"), b = e.at("dst");
    if (a == b || !fact_under(a, "nanjing") || !fact_under(b, "nanjing")) continue;
    partners[a].insert(b), partners[b].insert(a);
  }
  for (const auto& row : out.at("rank")) {
    INFO(row.dump());
    CHECK(row.at("degree").get<double>() ==
          static_cast<double>(partners[row.at("id").get<std::string>()].size()));
  }
  // At the city level within the metropolitan area: only its cities, each of them.
  const auto cities = cli_json({"rank", "--level", "city", "--within", "nanjing_metro"});
  const auto metro = region_members("nanjing_metro");
  CHECK(ids_of(cities.at("rank")) == std::set<std::string>(metro.begin(), metro.end()));
}

TEST_CASE("recommend --within pairs only the places inside", "[planner][cli][audit][within]") {
  const auto metro = region_members("nanjing_metro");
  const auto out = cli_json({"recommend", "--within", "nanjing_metro", "--top", "50"});
  // Candidates: metro city pairs without a flying_enclave tie between their subtrees.
  std::set<std::pair<std::string, std::string>> tied;
  for (const auto& e : seed_facts().at("edges")) {
    if (e.at("kind") != "flying_enclave") continue;
    const auto a = fact_ancestor(e.at("src"), "city"), b = fact_ancestor(e.at("dst"), "city");
    if (a && b && *a != *b) tied.insert({std::min(*a, *b), std::max(*a, *b)});
  }
  std::size_t candidates = 0;
  for (std::size_t i = 0; i < metro.size(); ++i)
    for (std::size_t j = i + 1; j < metro.size(); ++j)
      candidates += !tied.count({std::min(metro[i], metro[j]), std::max(metro[i], metro[j])});
  CHECK(candidates == 28 - 2);  // 南京–淮安 and 南京–马鞍山 have one
  CHECK(out.at("recommendations").size() == candidates);
  const std::set<std::string> inside(metro.begin(), metro.end());
  for (const auto& row : out.at("recommendations")) {
    CHECK(inside.count(id_of(row.at("a"))) == 1);
    CHECK(inside.count(id_of(row.at("b"))) == 1);
  }
}

TEST_CASE("corridors --within keeps the corridors inside and counts the ties inside",
          "[planner][cli][audit][within]") {
  const auto metro = region_members("nanjing_metro");
  const auto out = cli_json({"corridors", "--within", "nanjing_metro"});
  std::set<std::string> expected;
  std::map<std::string, std::int64_t> ties;
  for (const auto& c : seed_facts().at("corridors")) {
    const auto members = c.at("members").get<std::vector<std::string>>();
    bool inside = !members.empty();
    for (const auto& m : members) inside = inside && under_any(m, metro);
    if (!inside) continue;
    expected.insert(c.at("id").get<std::string>());
    auto& count = ties[c.at("id").get<std::string>()];
    for (const auto& e : seed_facts().at("edges")) {
      if (e.at("kind") == "corridor_link") continue;  // a declaration, not a tie
      int a = -1, b = -1;
      for (int k = 0; k < static_cast<int>(members.size()); ++k) {
        if (fact_under(e.at("src"), members[k])) a = k;
        if (fact_under(e.at("dst"), members[k])) b = k;
      }
      count += a >= 0 && b >= 0 && a != b;
    }
  }
  CHECK(expected.count("taihu_bay") == 0);  // Wuxi is not in the metropolitan area
  CHECK(expected.count("ninghuai") == 1);
  CHECK(ids_of(out.at("corridors")) == expected);
  for (const auto& row : out.at("corridors")) {
    INFO(row.dump());
    CHECK(row.at("ties").get<std::int64_t>() == ties[row.at("id").get<std::string>()]);
  }
}

TEST_CASE("report takes --evidence and --within for every network section",
          "[planner][cli][audit][within]") {
  const auto stated = cli_json({"report", "--evidence", "stated", "--top", "300"});
  std::int64_t ties = 0;
  for (const auto& e : seed_facts().at("edges"))
    if (e.at("evidence") == "stated" && e.at("src") != e.at("dst") &&
        (e.at("src") == "nanjing" || e.at("dst") == "nanjing"))
      ++ties;
  const auto& hubs = stated.at("hubs");
  bool found = false;
  for (const auto& row : hubs)
    if (row.at("id") == "nanjing") {
      found = true;
      CHECK(row.at("ties").get<std::int64_t>() == ties);
    }
  CHECK(found);
  // Stated ties between two different cities, counted per city (declarations included, as the
  // places section counts every tie).
  std::map<std::string, std::int64_t> out_of_place;
  for (const auto& e : seed_facts().at("edges")) {
    if (e.at("evidence") != "stated") continue;
    const auto a = fact_ancestor(e.at("src"), "city"), b = fact_ancestor(e.at("dst"), "city");
    if (a && b && *a != *b) ++out_of_place[*a], ++out_of_place[*b];
  }
  for (const auto& row : stated.at("places")) {
    INFO(row.dump());
    CHECK(row.at("ties_out_of_place").get<std::int64_t>() ==
          out_of_place[row.at("id").get<std::string>()]);
  }

  const auto nanjing = cli_json({"report", "--within", "nanjing", "--top", "300"});
  for (const auto& row : nanjing.at("hubs")) CHECK(fact_under(row.at("id"), "nanjing"));
  CHECK(ids_of(nanjing.at("places")) == std::set<std::string>{"nanjing"});
  std::set<std::string> corridors_inside;
  for (const auto& c : seed_facts().at("corridors")) {
    bool inside = !c.at("members").empty();
    for (const auto& m : c.at("members")) inside = inside && fact_under(m, "nanjing");
    if (inside) corridors_inside.insert(c.at("id").get<std::string>());
  }
  CHECK(ids_of(nanjing.at("corridors")) == corridors_inside);
  CHECK(run_cli({"report", "--within", "nanjng"}).exit_code == 2);
}
