// `innonet whatif` end to end on the built-in dataset. Acceptance 3 of issue 6: which
// organisations, if removed, cut Nantong off from Nanjing?
//
// Worked out by hand from /work/shared/data/seed-facts.json (edges e070-e081, e014, e021, e022):
// the nodes outside Nantong that have a tie with Nantong or anything inside it are fudan, jitri,
// ntt_east, pku, sh_academy, sh_green_tech_bank, shanghai, sjtu, yrd_adv_materials and
// yrd_ncti. All but two of them have no other tie (dead ends). yrd_ncti's only other tie is to
// jitri (e014). jitri (江苏省产业技术研究院) ties to jiangbei_new_area (e021) and
// zijinshan_sci_city (e022), both inside Nanjing. So every Nantong–Nanjing chain passes through
// jitri: it is the one organisation whose removal cuts Nantong off, and {jitri} is a minimum cut.
#include <catch2/catch.hpp>
#include <string>

#include "tests/support/fixtures.hpp"

using innonet::testing::run_cli;

namespace {
nlohmann::json whatif_json(std::vector<std::string> args) {
  args.insert(args.begin(), {"--format", "json", "whatif"});
  const auto r = run_cli(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}
std::string metric(const nlohmann::json& table, const std::string& name, const char* column) {
  for (const auto& row : table)
    if (row.at("metric") == name) return row.at(column).dump();
  return "";
}
}  // namespace

TEST_CASE("whatif: jitri alone cuts Nantong off from Nanjing", "[tools][whatif]") {
  const auto doc =
      whatif_json({"--from", "@nantong", "--to", "@nanjing", "--measure", "separators"});
  const auto& rows = doc.at("separators");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].at("node").get<std::string>().find("(jitri)") != std::string::npos);
  CHECK(rows[0].at("alone") == "yes");
  CHECK(rows[0].at("in_minimum_cut") == "yes");
}

TEST_CASE("whatif --remove jitri disconnects the two cities", "[tools][whatif]") {
  const auto doc = whatif_json({"--remove", "jitri", "--from", "@nantong", "--to", "@nanjing",
                                "--measure", "components,flow"});
  CHECK(metric(doc.at("components"), "from_reaches_to", "before") == "\"yes\"");
  CHECK(metric(doc.at("components"), "from_reaches_to", "after") == "\"no\"");
  CHECK(metric(doc.at("flow"), "max_flow", "after") == "0.0");
  // Removing a dead end (sh_academy: one tie, to Nantong) changes nothing between them.
  const auto other = whatif_json({"--remove", "sh_academy", "--from", "@nantong", "--to",
                                  "@nanjing", "--measure", "components"});
  CHECK(metric(other.at("components"), "from_reaches_to", "after") == "\"yes\"");
}

TEST_CASE("whatif --remove-kind and pagerank movers", "[tools][whatif]") {
  const auto doc = whatif_json({"--remove-kind", "co_innovation", "--measure", "pagerank"});
  CHECK(doc.at("pagerank_movers").size() == 10);
  CHECK(doc.at("removed").at(0).at("what") == "edge kind co_innovation");
}

TEST_CASE("whatif rejects unknown sets and kinds", "[tools][whatif]") {
  const auto unknown = run_cli({"whatif", "--remove", "jitrii"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("--remove: unknown node or group id 'jitrii'") != std::string::npos);
  CHECK(unknown.err.find("did you mean 'jitri'") != std::string::npos);
  const auto kind = run_cli({"whatif", "--remove-kind", "friendship"});
  CHECK(kind.exit_code == 2);
  CHECK(kind.err.find("--remove-kind") != std::string::npos);
  const auto flow = run_cli({"whatif", "--measure", "flow"});
  CHECK(flow.exit_code == 2);
  CHECK(flow.err.find("needs --from and --to") != std::string::npos);
}
