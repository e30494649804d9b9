// `innonet flow` end to end on the built-in dataset. Expected values by hand from the seed facts
// (every edge weight 1; see whatif_test.cpp for Nantong's ties): every Nantong–Nanjing chain
// passes through jitri. Two unit routes reach jitri from Nantong's side, nantong–jitri (e078) and
// nantong–yrd_ncti–jitri (e073, e014), and jitri has two unit ties into Nanjing (e021
// jiangbei_new_area, e022 zijinshan_sci_city). Undirected: max flow 2; the cut nearest to Nantong
// is the two ties into jitri, {e078, e014}, capacity 2.
#include <catch2/catch.hpp>

#include "tests/support/fixtures.hpp"

using innonet::testing::run_cli;

namespace {
nlohmann::json flow_json(std::vector<std::string> args) {
  args.insert(args.begin(), {"--format", "json", "flow"});
  const auto r = run_cli(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}
double metric(const nlohmann::json& doc, const std::string& name) {
  for (const auto& row : doc.at("summary"))
    if (row.at("metric") == name) return row.at("value").get<double>();
  return -1;
}
}  // namespace

TEST_CASE("flow from Nantong to Nanjing is 2 over the undirected graph", "[tools][flow]") {
  const auto doc = flow_json({"--from", "@nantong", "--to", "@nanjing", "--undirected"});
  CHECK(metric(doc, "max_flow") == 2.0);
  CHECK(metric(doc, "min_cut_capacity") == 2.0);
  REQUIRE(doc.at("cut").size() == 2);
  for (const auto& row : doc.at("cut"))
    CHECK(row.at("to").get<std::string>().find("(jitri)") != std::string::npos);
  double total = 0;
  for (const auto& row : doc.at("cut")) total += row.at("capacity").get<double>();
  CHECK(total == 2.0);
}

TEST_CASE("flow rejects unknown and overlapping sets", "[tools][flow]") {
  const auto unknown = run_cli({"flow", "--from", "nantongg", "--to", "nanjing"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("--from: unknown node or group id 'nantongg'") != std::string::npos);
  const auto same = run_cli({"flow", "--from", "nanjing", "--to", "nanjing"});
  CHECK(same.exit_code == 2);
  CHECK(same.err.find("sinks") != std::string::npos);
  const auto type = run_cli({"flow", "--from", "type:spaceport", "--to", "nanjing"});
  CHECK(type.exit_code == 2);
  CHECK(type.err.find("--from: unknown node type 'spaceport'") != std::string::npos);
}
