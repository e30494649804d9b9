// `innonet compare --years A B --attributes`: dated attributes (BASE_YYYY) as of two years,
// checked against the seed facts' own attribute records (tests/fixtures/seed-facts.json), read
// here with nlohmann, never against this project's output.
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "tests/tools/seed_facts.hpp"

using namespace innonet::testing;
using namespace innonet::testing::facts;

namespace {

// (node, base) -> (value as of `from`, value as of `to`), for every pair that differs; values
// as the facts store them (strings and booleans; a boolean prints as true/false).
std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> expected_changes(
    int from, int to) {
  const std::regex dated("(.+)_([0-9]{4})");
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> out;
  for (const auto& n : seed_facts().at("nodes")) {
    if (!n.contains("attrs")) continue;
    std::map<std::string, std::map<int, std::string>> by_base;
    for (const auto& [key, value] : n.at("attrs").items()) {
      std::smatch m;
      if (!std::regex_match(key, m, dated) || value.is_object()) continue;  // objects: measures
      by_base[m[1]][std::stoi(m[2])] = value.is_string() ? value.get<std::string>() : value.dump();
    }
    for (const auto& [base, years] : by_base) {
      std::string at_from, at_to;
      for (const auto& [year, value] : years) {
        if (year <= from) at_from = value;
        if (year <= to) at_to = value;
      }
      if (at_from != at_to) out[{n.at("id").get<std::string>(), base}] = {at_from, at_to};
    }
  }
  return out;
}

}  // namespace

TEST_CASE("compare --attributes lists dated attributes that changed between two years",
          "[planner][cli][audit][compare]") {
  const auto out = cli_json({"compare", "--years", "2021", "2025", "--attributes"});
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> shown;
  for (const auto& row : out.at("attributes")) {
    INFO(row.dump());
    const auto before = row.at("as_of_2021");
    shown[{row.at("id").get<std::string>(), row.at("attribute").get<std::string>()}] = {
        before.is_null() ? "" : before.get<std::string>(), row.at("as_of_2025").get<std::string>()};
    CHECK(row.at("change") == (before.is_null() ? "recorded" : "changed"));
  }
  CHECK(shown == expected_changes(2021, 2025));
  // By hand from the facts: the IC design centre reached its national level by 2025 (level_2021
  // "aiming for national TIC", level_2025 "national technology innovation centre"); twelve
  // counties entered the 2024 national top-100 list.
  CHECK(shown.at({"icda_center", "level"}) ==
        std::pair<std::string, std::string>{"aiming for national TIC",
                                            "national technology innovation centre"});
  std::int64_t counties = 0;
  for (const auto& [key, values] : shown) counties += key.second == "national_sti_top100_county";
  CHECK(counties == 12);
  // Nothing recorded after 2025: no change from 2025 to 2030.
  CHECK(cli_json({"compare", "--years", "2025", "2030", "--attributes"}).at("attributes").empty());
}
