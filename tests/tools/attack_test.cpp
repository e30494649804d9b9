// `innonet attack` end to end on the built-in dataset: curve shape and invariants (the curve
// itself is checked against recomputed components in tests/flow/resilience_test.cpp).
#include <catch2/catch.hpp>

#include "tests/support/fixtures.hpp"

using innonet::testing::run_cli;

namespace {
nlohmann::json attack_json(std::vector<std::string> args) {
  args.insert(args.begin(), {"--format", "json", "attack"});
  const auto r = run_cli(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}
}  // namespace

TEST_CASE("attack curves start at the largest component and shrink", "[tools][attack]") {
  for (const std::string by : {"degree", "betweenness", "random"}) {
    const auto doc = attack_json({"--by", by, "--steps", "20"});
    const auto& curve = doc.at("curve");
    REQUIRE(curve.size() == 21);
    CHECK(curve[0].at("step") == 0);
    for (std::size_t k = 1; k < curve.size(); ++k)
      CHECK(curve[k].at("largest_component").get<int>() <=
            curve[k - 1].at("largest_component").get<int>());
  }
  const auto degree = attack_json({"--by", "degree", "--steps", "20"});
  const auto random = attack_json({"--by", "random", "--steps", "20", "--seed", "3"});
  CHECK(degree.at("curve")[20].at("largest_component").get<int>() <
        random.at("curve")[20].at("largest_component").get<int>());
  CHECK(attack_json({"--by", "random", "--steps", "5", "--seed", "3"}).at("curve") ==
        attack_json({"--by", "random", "--steps", "5", "--seed", "3"}).at("curve"));
  const auto adaptive = attack_json({"--by", "degree", "--recompute", "--steps", "10"});
  CHECK(adaptive.at("curve").size() == 11);
}

TEST_CASE("attack rejects an unknown order", "[tools][attack]") {
  const auto r = run_cli({"attack", "--by", "pagerankk"});
  CHECK(r.exit_code != 0);
}
