// A planner's own sheet of ties (tests/fixtures/make_tie_sheet.py): 30 rows with Chinese headers
// and names, as GBK CSV and as .xlsx, load through --ties-sheet and `corridors --corridor` scores
// a pair from them; unusable rows are reported with their row numbers and reasons.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "io/tie_sheet.hpp"
#include "tests/support/fixtures.hpp"

namespace innonet {
namespace {

using Catch::Matchers::Contains;

std::string sheet(const std::string& name) {
  return testing::source_path("tests/fixtures/ties/" + name);
}

// The corridors row whose members are exactly `members` ("南京、淮安").
nlohmann::json corridor_row(const std::string& out, const std::string& members) {
  const auto doc = nlohmann::json::parse(out);
  for (const auto& row : doc.at("corridors"))
    if (row.at("members") == members) return row;
  return nullptr;
}

}  // namespace

TEST_CASE("ties sheet: GBK CSV and .xlsx read to the same graph", "[tools][ties]") {
  const auto expected = testing::fixture_json("ties/expected.json");
  const auto gbk = io::read_tie_sheet(sheet("ties_gbk.csv"));
  const auto xlsx = io::read_tie_sheet(sheet("ties.xlsx"));
  for (const auto* t : {&gbk, &xlsx}) {
    CHECK(t->graph.num_edges() == expected["rows"].get<int>());
    CHECK(t->graph.num_nodes() == expected["names"].get<int>());
    CHECK(t->skipped.empty());
    REQUIRE(t->graph.find_node("南京").has_value());
    CHECK(t->graph.node(*t->graph.find_node("南京")).name == "南京");
  }
  REQUIRE(gbk.notes.size() == 1);
  CHECK_THAT(gbk.notes[0], Contains("GB18030"));
  for (std::int32_t e = 0; e < gbk.graph.num_edges(); ++e) {
    const auto &a = gbk.graph.edge(EdgeRef{e}), &b = xlsx.graph.edge(EdgeRef{e});
    CHECK(gbk.graph.kind_name(a.kind) == xlsx.graph.kind_name(b.kind));
    CHECK(a.year == b.year);
    CHECK(a.attributes == b.attributes);
  }
}

TEST_CASE("ties sheet: corridors --corridor scores a pair from the sheet", "[tools][ties]") {
  const auto expected = testing::fixture_json("ties/expected.json");
  for (const char* file : {"ties_gbk.csv", "ties.xlsx"}) {
    INFO(file);
    const auto r =
        testing::run_cli({"--graph", sheet(file), "--ties-sheet", "--format", "json", "corridors",
                          "--corridor", "南京,淮安", "--corridor", "南京,马鞍山"});
    REQUIRE(r.exit_code == 0);
    const auto huaian = corridor_row(r.out, "南京、淮安");
    const auto maanshan = corridor_row(r.out, "南京、马鞍山");
    REQUIRE_FALSE(huaian.is_null());
    REQUIRE_FALSE(maanshan.is_null());
    CHECK(huaian.at("ties") == expected["ties_nanjing_huaian"]);
    CHECK(maanshan.at("ties") == expected["ties_nanjing_maanshan"]);
    CHECK(huaian.at("composite").get<double>() > 0.0);
  }
}

TEST_CASE("ties sheet: unusable rows reported by row number and reason", "[tools][ties]") {
  const auto t = io::read_tie_sheet(sheet("ties_bad.csv"));
  CHECK(t.graph.num_edges() == 5);
  REQUIRE(t.skipped.size() == 4);
  const auto expected = testing::fixture_json("ties/expected.json")["bad_rows"];
  for (const auto& row : t.skipped) {
    INFO(row.row << ": " << row.reason);
    REQUIRE(expected.contains(std::to_string(row.row)));
    CHECK_THAT(row.reason, Contains(expected[std::to_string(row.row)].get<std::string>()));
  }
  const auto r =
      testing::run_cli({"--graph", sheet("ties_bad.csv"), "--ties-sheet", "--quiet", "info"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Contains("ties_bad.csv: row 8 skipped: year '二〇二〇'"));
}

TEST_CASE("ties sheet: --map names the columns; errors are usage or located", "[tools][ties]") {
  const auto mapped =
      io::read_tie_sheet(sheet("ties_gbk.csv"),
                         {.columns = io::parse_tie_columns("source=乙方,target=甲方,kind=备注")});
  REQUIRE(mapped.graph.num_edges() == 30);
  CHECK(mapped.graph.node(mapped.graph.edge(EdgeRef{0}).source).name == "淮安");
  CHECK_THROWS_WITH(io::parse_tie_columns("colour=颜色"), Contains("--map: expected FIELD=HEADER"));
  CHECK_THROWS_WITH(io::read_tie_sheet(sheet("ties_gbk.csv"), {.columns = {{"source", "单位"}}}),
                    Contains("ties_gbk.csv:1: --map source=单位: no such column"));
  const auto r = testing::run_cli({"--graph", sheet("ties.xlsx"), "--map", "source=甲方", "info"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Contains("--map needs --ties-sheet"));
}

TEST_CASE("output options before the command keep their values; a sheet loads once",
          "[tools][ties][csv]") {
  const auto path = std::filesystem::temp_directory_path() / "innonet_digits_before_command.csv";
  std::filesystem::remove(path);
  // --digits 3 and --output FILE precede the command: their values are not command names.
  const auto r =
      testing::run_cli({"--format", "csv", "--digits", "3", "--output", path.string(), "--graph",
                        sheet("ties.xlsx"), "--ties-sheet", "--quiet", "--count-loads", "info"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Contains("graph loads: 1"));
  std::ifstream in(path);
  const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  std::filesystem::remove(path);
  CHECK_THAT(written, Contains("# summary\nmetric,value\nnodes,12\nedges,30\n"));
  CHECK_THAT(written, Contains("\ndensity,0.394\n"));  // 0.3939... to 3 digits
}

TEST_CASE("CSV output: formula-like text is neutralised, numbers are not", "[tools][ties][csv]") {
  const auto path = std::filesystem::temp_directory_path() / "innonet_injection_ties.csv";
  std::ofstream(path) << "source,target\n=HYPERLINK(\"x\"),@SUM(1)\n-5,+3\n";
  const auto r = testing::run_cli(
      {"--graph", path.string(), "--ties-sheet", "--quiet", "--format", "csv", "nodes"});
  std::filesystem::remove(path);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Contains("\n\"'=HYPERLINK(\"\"x\"\")\",\"'=HYPERLINK("));
  CHECK_THAT(r.out, Contains("\n'@SUM(1),'@SUM(1),"));
  CHECK_THAT(r.out, Contains("\n-5,-5,"));
  CHECK_THAT(r.out, Contains("\n+3,+3,"));
}

}  // namespace innonet
