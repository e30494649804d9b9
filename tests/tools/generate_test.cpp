#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "algorithms/generators/metro.hpp"
#include "io/csv.hpp"
#include "io/edge_list.hpp"
#include "io/graph_file.hpp"
#include "io/native_json.hpp"
#include "io/snapshot.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace innonet;
using innonet::testing::run_cli;

namespace {

std::string temp_path(const std::string& name) {
  return (innonet::testing::scratch_dir("innonet_generate_test") / name).string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// `innonet generate metro` of 3000 nodes (seed 7, 2 threads) into path, and the same network made
// in memory, to compare the file with.
std::pair<generators::MetroNetwork, generators::MetroOptions> generate_metro_3000(
    const std::string& path) {
  const auto r = run_cli(
      {"--threads", "2", "generate", "metro", "--nodes", "3000", "--seed", "7", "-o", path});
  REQUIRE(r.exit_code == 0);
  generators::MetroOptions options;
  options.num_nodes = 3000;
  options.seed = 7;
  return {generators::metro(options), options};
}

}  // namespace

TEST_CASE("generate writes every plain kind as a readable edge list", "[tools][generate]") {
  for (const std::string kind : {"rmat", "er", "ba", "ws", "sbm", "lfr", "geometric"}) {
    const std::string path = temp_path(kind + ".edges");
    const auto r =
        run_cli({"--format", "json", "generate", kind, "--scale", "10", "--seed", "4", "-o", path});
    INFO(kind << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.empty());  // no progress when stderr is not a terminal
    const auto report = nlohmann::json::parse(r.out);
    const auto row = report.at("generated").at(0);
    CHECK(row.at("nodes").get<std::int64_t>() == 1024);
    const auto loaded = io::read_edge_list(path, {.direction = Direction::undirected});
    CHECK(loaded.graph.num_nodes() == 1024);
    CHECK(loaded.graph.num_edges() == row.at("edges").get<std::int64_t>());
  }
}

TEST_CASE("generate writes ground-truth communities next to the graph", "[tools][generate]") {
  const std::string path = temp_path("sbm.mtx");
  const auto r = run_cli({"generate", "sbm", "--nodes", "500", "--blocks", "5", "-o", path});
  REQUIRE(r.exit_code == 0);
  std::ifstream in(path + ".communities");
  std::int64_t vertex = 0, community = 0, lines = 0;
  while (in >> vertex >> community) {
    CHECK(vertex == lines);
    CHECK((community >= 0 && community < 5));
    ++lines;
  }
  CHECK(lines == 500);
}

TEST_CASE("generate metro streams the native format byte for byte", "[tools][generate]") {
  const std::string path = temp_path("metro.json");
  const auto [net, options] = generate_metro_3000(path);
  std::ostringstream expected;
  io::write_native_json(generators::metro_property_graph(net, options), expected);
  const std::string text = slurp(path);
  CHECK(text == expected.str());
  const PropertyGraph g = io::read_native_json_file(path);
  CHECK(g.num_nodes() == 3000);
  CHECK(g.num_edges() == net.num_ties());
}

TEST_CASE("generate metro streams the CSV layout byte for byte", "[tools][generate]") {
  const std::string path = temp_path("metro.csv");
  const auto [net, options] = generate_metro_3000(path);
  const io::CsvGraphText expected =
      io::write_csv_graph(generators::metro_property_graph(net, options));
  const io::CsvGraphFiles files = io::csv_graph_files(path);
  CHECK(slurp(files.nodes) == expected.nodes);
  CHECK(slurp(files.edges) == expected.edges);
  CHECK(slurp(files.groups) == expected.groups);
  CHECK(slurp(files.group_edges) == expected.group_edges);
  CHECK(slurp(files.indicators) == expected.indicators);
  CHECK(slurp(files.metadata) == expected.metadata);
  CHECK(expected.groups.find("corridor-0") != std::string::npos);  // not a vacuous comparison
  const PropertyGraph g = io::read_graph_file(path);
  CHECK(g.num_nodes() == 3000);
  CHECK(g.num_edges() == net.num_ties());
}

TEST_CASE("generate metro writes a snapshot of its ties", "[tools][generate]") {
  const std::string path = temp_path("metro.inb");
  REQUIRE(run_cli({"generate", "metro", "--nodes", "2000", "-o", path}).exit_code == 0);
  CHECK(io::read_snapshot(path).graph.num_nodes() == 2000);
}

TEST_CASE("generate refuses bad usage", "[tools][generate]") {
  const std::string path = temp_path("bad.edges");
  CHECK(run_cli({"generate", "nonsense", "-o", path}).exit_code == 2);
  CHECK(run_cli({"generate", "er", "--scale", "5", "--nodes", "10", "-o", path}).exit_code == 2);
  const auto ws = run_cli({"generate", "ws", "--nodes", "100", "--edge-factor", "0", "-o", path});
  CHECK(ws.exit_code == 2);
  CHECK_THAT(ws.err, Catch::Contains("neighbors"));
  const auto ext = run_cli(
      {"generate", "er", "--scale", "5", "--edge-factor", "1", "-o", temp_path("x.unknown")});
  CHECK(ext.exit_code == 2);
  CHECK_THAT(ext.err, Catch::Contains(".unknown"));
}
