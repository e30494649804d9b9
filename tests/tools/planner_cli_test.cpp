// The planner commands on the built-in dataset, checked against figures recomputed independently
// (tests/fixtures/make_planner.py, NetworkX over datasets/nanjing-metro.json) and by hand from
// ../shared/data/seed-facts.json.
#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "tests/support/fixtures.hpp"

using innonet::testing::fixture_json;
using innonet::testing::run_cli;

namespace {
nlohmann::json run_json(const std::vector<std::string>& args) {
  std::vector<std::string> full = {"--format", "json"};
  full.insert(full.end(), args.begin(), args.end());
  const auto result = run_cli(full);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

const nlohmann::json& row_with(const nlohmann::json& rows, const std::string& key,
                               const std::string& value) {
  for (const auto& row : rows)
    if (row.at(key) == value) return row;
  FAIL("no row with " << key << " = " << value);
  return rows.front();
}
}  // namespace

TEST_CASE("corridors: 宁淮, G312 and G328 match an independent recomputation",
          "[planner][cli][corridors]") {
  const auto out = run_json({"corridors"});
  const auto expected = fixture_json("planner/corridors.json");
  for (const std::string id : {"ninghuai", "g312_ningzhen", "g328_ningyang"}) {
    INFO(id);
    const auto& row = row_with(out.at("corridors"), "id", id);
    const auto& want = expected.at(id);
    CHECK(row.at("ties") == want.at("ties"));
    CHECK(row.at("declared_links") == want.at("declared_links"));
    CHECK(row.at("kinds") == want.at("multiplexity"));
    CHECK(row.at("capacity").get<double>() ==
          Approx(want.at("capacity").get<double>()).epsilon(1e-12));
    CHECK(row.at("disjoint_paths") == want.at("disjoint_paths"));
    CHECK(row.at("single_points") == want.at("single_points").size());
    CHECK(row.at("observed_to_expected").get<double>() ==
          Approx(want.at("observed_to_expected").get<double>()).epsilon(1e-9));
  }
  // Counted by hand from seed-facts.json (edges whose endpoints' parent chains reach the two
  // cities): 宁淮 has 7 ties - branch 2 (e.g. NJUST's Xuyi base), co_innovation 2,
  // flying_enclave 1 (Huai'an's enclaves in Nanjing), partner_park 1, tech_transfer 1 - and one
  // corridor_link; G312 has 4 (partner_park 2, co_innovation 2); G328 has 4 (co_innovation 2,
  // joint_lab 2).
  CHECK(row_with(out.at("corridors"), "id", "ninghuai").at("ties") == 7);
  CHECK(row_with(out.at("corridors"), "id", "g312_ningzhen").at("ties") == 4);
  CHECK(row_with(out.at("corridors"), "id", "g328_ningyang").at("ties") == 4);
}

TEST_CASE("corridor NAME lists the ties behind its count", "[planner][cli][corridors]") {
  const auto out = run_json({"corridor", "ninghuai"});
  CHECK(out.at("ties").size() == 7);
  const auto& summary = out.at("summary");
  CHECK(row_with(summary, "component", "ties").at("value") == 7);
  CHECK(row_with(summary, "component", "multiplexity").at("value") == 5);
  // A corridor given by its Chinese alias resolves to the same one.
  const auto alias = run_json({"corridor", "G312科创走廊"});
  CHECK(row_with(alias.at("summary"), "component", "ties").at("value") == 4);
  // A proposed corridor that has no tie at all exists only on paper.
  const auto proposed = run_json({"corridor", "--corridor", "xuancheng,huaian"});
  CHECK(row_with(proposed.at("summary"), "component", "ties").at("value") == 0);
  const auto bad = run_cli({"corridor", "G999"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("unknown corridor 'G999'"));
}

TEST_CASE("indicators --scope nanjing: targets beside baseline and latest actual",
          "[planner][cli][targets]") {
  const auto out = run_json({"indicators", "--scope", "nanjing"});
  const auto& hte = row_with(out.at("targets"), "metric", "hte_count");
  // seed 000: 6507 high-tech enterprises in 2020, target > 20000 in 2025; seed 002: over 10500
  // in 2024. By hand: progress (10500-6507)/(20000-6507) = 0.29593122..., growth
  // (10500/6507)^(1/4)-1 = 0.12707320..., projected 10500 x 1.1270732 = 11834.27 < 20000.
  CHECK(hte.at("baseline_year") == 2020);
  CHECK(hte.at("baseline") == 6507);
  CHECK(hte.at("latest_year") == 2024);
  CHECK(hte.at("latest") == 10500);
  CHECK(hte.at("target") == 20000);
  CHECK(hte.at("progress").get<double>() == Approx(0.2959312235974209).epsilon(1e-12));
  CHECK(hte.at("growth_per_year").get<double>() == Approx(0.12707320001846778).epsilon(1e-12));
  CHECK(hte.at("projected").get<double>() == Approx(11834.268600193911).epsilon(1e-12));
  CHECK(hte.at("on_track") == "no");
  // A 2025 target with only a 2020 baseline: no progress measured, no growth to project.
  const auto& share = row_with(out.at("targets"), "metric", "basic_research_share");
  CHECK(share.at("baseline") == 11);
  CHECK(share.at("target") == 15);
  CHECK(share.at("progress").is_null());  // nothing measured after the baseline (issue 14)
  CHECK(share.at("projected").is_null());
}

TEST_CASE("recommend is deterministic and its reasons quote its numbers",
          "[planner][cli][recommend]") {
  const auto first = run_cli({"--format", "json", "recommend", "--kind", "flying_enclave"});
  const auto second = run_cli({"--format", "json", "recommend", "--kind", "flying_enclave"});
  REQUIRE(first.exit_code == 0);
  CHECK(first.out == second.out);
  const auto rows = nlohmann::json::parse(first.out).at("recommendations");
  REQUIRE(!rows.empty());
  for (const auto& row : rows) {
    char share[32];
    std::snprintf(share, sizeof share, "%.1f%%", 100 * row.at("expected_share").get<double>());
    CHECK_THAT(row.at("reasons").get<std::string>(), Catch::Contains(share));
    CHECK(row.at("score").get<double>() == Approx(0.4 * row.at("gravity_score").get<double>() +
                                                  0.3 * row.at("structure_score").get<double>() +
                                                  0.3 * row.at("gain_score").get<double>())
                                               .epsilon(1e-12));
  }
  // Huai'an and Ma'anshan already run flying enclaves with Nanjing: never recommended again.
  for (const auto& row : rows) {
    const auto a = row.at("a").get<std::string>(), b = row.at("b").get<std::string>();
    const bool nanjing =
        a.find("(nanjing)") != std::string::npos || b.find("(nanjing)") != std::string::npos;
    const bool huaian =
        a.find("(huaian)") != std::string::npos || b.find("(huaian)") != std::string::npos;
    CHECK_FALSE((nanjing && huaian));
  }
  CHECK(run_cli({"recommend", "--kind", "flying_enclaves"}).exit_code == 2);
}
