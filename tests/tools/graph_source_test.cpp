// Each command loads its graph once, and a structural file (edge list, Matrix Market, snapshot)
// is analysed straight off its CSR with the same results as the property graph it stands for.
// The reference for the second is the same file converted to the native JSON format, which
// `rank` and `info` analyse through the property graph and project().
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/io/edge_list_test_support.hpp"
#include "tests/support/fixtures.hpp"

using Catch::Matchers::Contains;
using innonet::testing::run_cli;
using innonet::testing::ScratchFile;

namespace {

// One successful run of every command on the built-in dataset (convert and generate read no
// --graph: convert reads its input once by construction, generate reads nothing).
const std::vector<std::vector<std::string>> kCommands = {
    {"attack", "--steps", "2"},
    {"communities"},
    {"compare", "--years", "2020", "2024"},
    {"corridor", "ninghuai"},
    {"corridors"},
    {"flow", "--from", "nanjing", "--to", "wuxi"},
    {"indicators", "--scope", "nanjing"},
    {"info"},
    {"neighbors", "nanjing"},
    {"nodes", "--limit", "3"},
    {"path", "nanjing", "wuxi"},
    {"rank", "--top", "3"},
    {"rank", "--metric", "all", "--top", "3", "--type", "city"},
    {"recommend", "--kind", "flying_enclave"},
    {"report", "--top", "3"},
    {"rollup", "--level", "city"},
    {"source", "nanjing"},
    {"structure", "--top", "3"},
    {"whatif", "--remove", "nanjing"},
};

}  // namespace

TEST_CASE("every command loads its graph once", "[tools][graph_source]") {
  for (const auto& command : kCommands) {
    std::vector<std::string> args{"--count-loads"};
    args.insert(args.end(), command.begin(), command.end());
    INFO(command.front() << (command.size() > 1 ? " " + command[1] : ""));
    const auto r = run_cli(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Contains("innonet: graph loads: 1\n"));
  }
  const ScratchFile edges("g.edges", "0 1\n1 2\n2 0\n");
  for (const std::string command : {"rank", "info", "communities", "structure"}) {
    const auto r = run_cli({"--count-loads", "--graph", edges.path(), command});
    INFO(command << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Contains("innonet: graph loads: 1\n"));
  }
}

namespace {

std::string cli_out(const std::vector<std::string>& args) {
  const auto r = run_cli(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

// `args` on the structural file and on its native JSON conversion give the same output.
void check_same(const std::string& file, const std::string& json,
                const std::vector<std::string>& args) {
  std::vector<std::string> on_file{"--format", "json", "--graph", file};
  std::vector<std::string> on_json{"--format", "json", "--graph", json};
  on_file.insert(on_file.end(), args.begin(), args.end());
  on_json.insert(on_json.end(), args.begin(), args.end());
  INFO(file);
  for (const auto& a : args) INFO(a);
  CHECK(cli_out(on_file) == cli_out(on_json));
}

}  // namespace

TEST_CASE("structural files: rank and info off the CSR equal the property-graph path",
          "[tools][graph_source]") {
  // Directed with a parallel pair and a self-loop; undirected by innonet's header; weighted
  // (integer weights, so sums do not depend on their order); Matrix Market with isolated nodes.
  const std::vector<std::pair<std::string, std::string>> files = {
      {"d.edges", "0 1\n1 2\n2 0\n2 0\n3 3\n3 4\n5 1\n"},
      {"u.edges",
       "# innonet edge list: undirected\n# Nodes: 7 Edges: 6\n0 1\n1 2\n2 0\n3 4\n4 4\n2 3\n"},
      {"w.edges", "0 1 2\n1 2 3\n2 0 1\n2 0 4\n1 0 5\n3 1 1\n"},
      {"m.mtx",
       "%%MatrixMarket matrix coordinate integer symmetric\n8 8 5\n2 1 3\n3 2 1\n3 1 2\n5 4 "
       "7\n6 6 1\n"},
  };
  for (const auto& [name, text] : files) {
    const ScratchFile file(name, text);
    const std::string json = file.path() + ".json";
    REQUIRE(run_cli({"convert", file.path(), json}).exit_code == 0);
    check_same(file.path(), json, {"info"});
    for (const std::string metric : {"pagerank", "degree", "betweenness", "all"}) {
      check_same(file.path(), json, {"rank", "--metric", metric, "--top", "100"});
      check_same(file.path(), json, {"rank", "--metric", metric, "--top", "100", "--weighted"});
      check_same(file.path(), json,
                 {"rank", "--metric", metric, "--top", "100", "--undirected", "--merge", "max"});
    }
    check_same(file.path(), json, {"rank", "--weighted", "--merge", "count", "--kinds", "edge"});
    check_same(file.path(), json, {"rank", "--type", "node", "--types", "node"});
    std::remove(json.c_str());
  }
}
