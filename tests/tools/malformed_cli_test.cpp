// Malformed graph files through the real CLI: `innonet --graph BAD info` exits 1 and prints the
// reader's message (file:line:column and what was expected) on stderr. Also `convert`.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/fixtures.hpp"

namespace innonet {
namespace {

using Catch::Matchers::Contains;

class TempDir {
 public:
  // One directory per test case: CTest may run them in parallel.
  explicit TempDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / ("innonet_cli_" + name)) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string write(const std::string& name, const std::string& text) const {
    const auto file = (path_ / name).string();
    std::ofstream(file, std::ios::binary) << text;
    return file;
  }

 private:
  std::filesystem::path path_;
};

const char* const kHead =
    "{\n  \"format\": \"innonet-graph\",\n  \"version\": 1,\n  \"nodes\": [\n";

}  // namespace

TEST_CASE("cli: malformed graph files fail with the location", "[tools][malformed]") {
  const TempDir dir("malformed");
  struct Case {
    std::string name, text, message;
  };
  const Case cases[] = {
      {"type.json", std::string(kHead) + "    {\"id\": \"x\", \"type\": 3}\n  ]\n}\n",
       "type.json:5:25: node 'x': expected a string in 'type', found number 3"},
      {"newer.json", "{\"format\": \"innonet-graph\", \"version\": 2}",
       "newer.json:1:40: format version 2 is newer than this innonet supports (1)"},
      {"truncated.json", std::string(kHead) + "    {\"id\": \"x\", \"ty",
       "truncated.json:5:17: node 'x': unterminated string"},
      {"empty.json", "", "empty.json:1:1: empty file"},
      {"cycle.json",
       std::string(kHead) + "    {\"id\": \"a\", \"type\": \"c\", \"parent\": \"b\"},\n" +
           "    {\"id\": \"b\", \"type\": \"c\", \"parent\": \"a\"}\n  ]\n}\n",
       "parent cycle"},
      {"bad.nodes.csv", "id,name,type\na,\"unclosed,city\n",
       "bad.nodes.csv:2:3: unterminated quoted field"},
  };
  dir.write("bad.edges.csv", "source,target,kind\n");
  for (const auto& c : cases) {
    INFO(c.name);
    const auto path = dir.write(c.name, c.text);
    const auto result = testing::run_cli({"--graph", path, "info"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains(c.message));
    const auto converted = testing::run_cli({"convert", path, path + ".out.json"});
    CHECK(converted.exit_code == 1);
    CHECK_THAT(converted.err, Contains(c.message));
  }
}

TEST_CASE("cli: convert writes every format and reports counts", "[tools][convert]") {
  const TempDir dir("convert");
  const auto json = dir.write("g.json", "");
  const auto result =
      testing::run_cli({"--format", "csv", "convert", "builtin:nanjing-metro", json});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Contains("nodes,289"));
  CHECK_THAT(result.out, Contains("indicators,232"));
  std::ifstream written(json, std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(written), {}};
  std::ifstream original(testing::source_path("datasets/nanjing-metro.json"), std::ios::binary);
  CHECK(text == std::string{std::istreambuf_iterator<char>(original), {}});
  const auto csv = json.substr(0, json.size() - 5) + ".csv";
  CHECK(testing::run_cli({"convert", json, csv}).exit_code == 0);
  const auto back = json.substr(0, json.size() - 5) + "_back.json";
  CHECK(testing::run_cli({"convert", csv, back}).exit_code == 0);
  std::ifstream again(back, std::ios::binary);
  CHECK(std::string{std::istreambuf_iterator<char>(again), {}} == text);
  const auto mtx = testing::run_cli({"convert", json, json + ".mtx"});
  CHECK(mtx.exit_code == 0);
  CHECK_THAT(mtx.out, Contains("structure only"));
  const auto bad = testing::run_cli({"convert", json, json + ".xlsx"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Contains("unknown graph file extension"));
}

}  // namespace innonet
