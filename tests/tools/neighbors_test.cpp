// `innonet neighbors` against the seed facts' edges, at the node and at the city level.
#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

namespace {
// Facts edges at `id`, kept by `keep(edge, outgoing)`.
std::set<std::string> fact_edges(const std::string& id,
                                 const std::function<bool(const nlohmann::json&, bool)>& keep) {
  std::set<std::string> ids;
  for (const auto& e : seed_facts().at("edges")) {
    if (e.at("src") == id && keep(e, true)) ids.insert(e.at("id").get<std::string>());
    if (e.at("dst") == id && e.at("src") != id && keep(e, false))
      ids.insert(e.at("id").get<std::string>());
  }
  return ids;
}
}  // namespace

TEST_CASE("neighbors lists the node's edges as the facts have them", "[tools][neighbors]") {
  const auto all = cli_json({"neighbors", "nanjing"}).at("neighbors");
  CHECK(column(all, "edge_id") == fact_edges("nanjing", [](const auto&, bool) { return true; }));

  const auto out = cli_json({"neighbors", "nanjing", "--direction", "out"}).at("neighbors");
  CHECK(column(out, "edge_id") == fact_edges("nanjing", [](const auto& e, bool outgoing) {
          return outgoing || !e.at("directed").template get<bool>();
        }));
  const auto in = cli_json({"neighbors", "nanjing", "--direction", "in"}).at("neighbors");
  CHECK(column(in, "edge_id") == fact_edges("nanjing", [](const auto& e, bool outgoing) {
          return !outgoing || !e.at("directed").template get<bool>();
        }));

  const auto co =
      cli_json({"neighbors", "nanjing", "--kinds", "co_innovation,talent", "--evidence", "stated"})
          .at("neighbors");
  CHECK(column(co, "edge_id") == fact_edges("nanjing", [](const auto& e, bool) {
          return (e.at("kind") == "co_innovation" || e.at("kind") == "talent") &&
                 e.at("evidence") == "stated";
        }));
}

TEST_CASE("neighbors --level city counts ties per neighbouring city and kind",
          "[tools][neighbors][rollup]") {
  // Expected: every facts edge lifted to cities; those touching Nanjing's city, by (city, kind).
  std::map<std::pair<std::string, std::string>, std::int64_t> expected;
  for (const auto& e : seed_facts().at("edges")) {
    const auto a = fact_ancestor(e.at("src"), "city"), b = fact_ancestor(e.at("dst"), "city");
    if (!a || !b || *a == *b) continue;
    if (*a == "nanjing") expected[{*b, e.at("kind").get<std::string>()}]++;
    if (*b == "nanjing") expected[{*a, e.at("kind").get<std::string>()}]++;
  }
  REQUIRE_FALSE(expected.empty());
  const auto out = cli_json({"neighbors", "nanjing", "--level", "city"});
  std::map<std::pair<std::string, std::string>, std::int64_t> got;
  for (const auto& row : out.at("neighbors"))
    got[{row.at("neighbor_id"), row.at("kind")}] += row.at("edges").get<std::int64_t>();
  CHECK(got == expected);
  // A node that is not a city answers for itself (issue 14): its own ties, by the city at the
  // other end - never for the city it lies in.
  for (const std::string id : {"jiangbei_new_area", "cas"}) {
    INFO(id);
    std::map<std::pair<std::string, std::string>, std::int64_t> own;
    for (const auto& e : seed_facts().at("edges")) {
      if (e.at("src") != id && e.at("dst") != id) continue;
      const std::string other = e.at("src") == id ? e.at("dst") : e.at("src");
      if (const auto city = fact_ancestor(other, "city"))
        own[{*city, e.at("kind").get<std::string>()}]++;
    }
    std::map<std::pair<std::string, std::string>, std::int64_t> reached;
    const auto answer = cli_json({"neighbors", id, "--level", "city"});
    for (const auto& row : answer.at("neighbors"))
      reached[{row.at("neighbor_id"), row.at("kind")}] += row.at("edges").get<std::int64_t>();
    CHECK(reached == own);
  }
}

TEST_CASE("neighbors refuses bad ids and options", "[tools][neighbors][errors]") {
  const auto unknown = run_cli({"neighbors", "nanjin"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown node id 'nanjin'; did you mean 'nanjing'?"));
  const auto kind = run_cli({"neighbors", "nanjing", "--kinds", "talents"});
  CHECK(kind.exit_code == 2);
  CHECK_THAT(kind.err, Catch::Contains("unknown edge kind 'talents'"));
  const auto years = run_cli({"neighbors", "nanjing", "--years", "2020..x"});
  CHECK(years.exit_code == 2);
  CHECK_THAT(years.err, Catch::Contains("--years"));
  CHECK(run_cli({"neighbors", "nanjing", "--year", "2020", "--years", "2019..2021"}).exit_code ==
        2);
  CHECK(run_cli({"neighbors", "nanjing", "--direction", "up"}).exit_code == 2);
  CHECK(run_cli({"neighbors"}).exit_code == 2);
  const auto cas = run_cli({"neighbors", "cas", "--level", "city"});
  CHECK(cas.exit_code == 0);  // a node in no city answers for its own ties
  CHECK_THAT(cas.out, Catch::Contains("in no city"));
}
