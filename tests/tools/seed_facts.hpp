#pragma once
// Shared by the CLI tests of info, nodes, neighbors, rollup and source: the seed facts file (the
// source the built-in dataset was converted from; tests/fixtures/seed-facts.json, a copy of the
// workplace's ../shared/data/seed-facts.json that tests/datasets checks is still identical) read
// directly with nlohmann, so the expected values never come from this project's own code, and
// a runner that parses `innonet ... --format json`.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tests/support/fixtures.hpp"

namespace innonet::testing::facts {

inline const nlohmann::json& seed_facts() {
  static const nlohmann::json doc = [] {  // read once per test process; never modified
    std::ifstream in(source_path("tests/fixtures/seed-facts.json"));
    REQUIRE(in.good());
    return nlohmann::json::parse(in);
  }();
  return doc;
}

inline const nlohmann::json& fact_node(const std::string& id) {
  for (const auto& n : seed_facts().at("nodes"))
    if (n.at("id") == id) return n;
  FAIL("no node " << id << " in the facts");
  throw;
}

// The node's ancestor-or-self of the given type, walking the facts' parent fields.
inline std::optional<std::string> fact_ancestor(std::string id, const std::string& type) {
  for (;;) {
    const auto& n = fact_node(id);
    if (n.at("type") == type) return id;
    if (!n.contains("parent") || n.at("parent").is_null()) return std::nullopt;
    id = n.at("parent").get<std::string>();
  }
}

// Runs the CLI with --format json appended; requires exit code 0.
inline nlohmann::json cli_json(std::vector<std::string> args) {
  args.insert(args.begin(), {"--format", "json"});
  const auto result = run_cli(args);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

// A metric/value table as a map.
inline std::map<std::string, nlohmann::json> metrics(const nlohmann::json& table) {
  std::map<std::string, nlohmann::json> m;
  for (const auto& row : table) m[row.at("metric").get<std::string>()] = row.at("value");
  return m;
}

inline std::set<std::string> column(const nlohmann::json& table, const std::string& name) {
  std::set<std::string> values;
  for (const auto& row : table) values.insert(row.at(name).get<std::string>());
  return values;
}

}  // namespace innonet::testing::facts
