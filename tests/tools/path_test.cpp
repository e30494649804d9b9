// `innonet path` end to end on the built-in dataset. By hand from the seed facts (every weight
// 1): nantong–jitri (e078) and jitri–jiangbei_new_area (e021) make a 2-hop path, and nantong has
// no tie into jiangbei_new_area itself, so the shortest nantong -> jiangbei_new_area path is
// nantong, jitri, jiangbei_new_area (length 2 under every length rule), widest width 1.
#include <catch2/catch.hpp>

#include "tests/support/fixtures.hpp"

using innonet::testing::run_cli;

namespace {
nlohmann::json path_json(std::vector<std::string> args) {
  args.insert(args.begin(), {"--format", "json", "path"});
  const auto r = run_cli(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}
}  // namespace

TEST_CASE("path finds nantong - jitri - jiangbei_new_area", "[tools][path]") {
  const auto doc = path_json({"nantong", "jiangbei_new_area", "--undirected"});
  REQUIRE(doc.at("paths").size() == 1);
  const auto& row = doc.at("paths")[0];
  CHECK(row.at("length").get<double>() == 2.0);
  CHECK(row.at("hops") == 2);
  const auto path = row.at("path").get<std::string>();
  CHECK(path.find("(nantong) -> ") != std::string::npos);
  CHECK(path.find("(jitri) -> ") != std::string::npos);
  const auto widest = path_json({"nantong", "jiangbei_new_area", "--undirected", "--widest"});
  CHECK(widest.at("paths")[0].at("width").get<double>() == 1.0);
  // Only two simple paths exist: the second goes nantong, yrd_ncti, jitri (e073, e014).
  const auto k = path_json({"nantong", "jiangbei_new_area", "--undirected", "--k", "3"});
  REQUIRE(k.at("paths").size() == 2);
  CHECK(k.at("paths")[1].at("length").get<double>() == 3.0);
  CHECK(k.at("paths")[1].at("path").get<std::string>().find("(yrd_ncti)") != std::string::npos);
}

TEST_CASE("path reports unreachable pairs and bad ids", "[tools][path]") {
  // fudan's only tie is the directed branch fudan -> fudan_zj_nt_inst (e077): no way back.
  const auto none = run_cli({"path", "fudan_zj_nt_inst", "fudan"});
  CHECK(none.exit_code == 1);
  const auto bad = run_cli({"path", "nantong", "nowhere"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("TO: unknown node or group id 'nowhere'") != std::string::npos);
}
