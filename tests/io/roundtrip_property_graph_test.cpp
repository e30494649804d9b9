// Lossless round trips of the property graph: JSON -> JSON (byte-stable), JSON -> CSV -> JSON
// (every field of every record), on the built-in dataset and on random graphs with awkward
// strings and attributes of every JSON type.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>

#include "datasets/builtin.hpp"
#include "io/csv.hpp"
#include "io/graph_file.hpp"
#include "io/native_json.hpp"
#include "tests/support/random_property_graph.hpp"

namespace innonet {
namespace {

std::string to_json(const PropertyGraph& g) {
  std::ostringstream out;
  io::write_native_json(g, out);
  return out.str();
}

PropertyGraph through_csv(const PropertyGraph& g) {
  return io::read_csv_graph(io::write_csv_graph(g), io::csv_graph_files("mem.csv"));
}

}  // namespace

TEST_CASE("roundtrip: built-in dataset through CSV and JSON is the same graph", "[io][roundtrip]") {
  const auto g = datasets::builtin_dataset();
  const auto via_csv = through_csv(g);
  CHECK(testing::first_difference(g, via_csv).empty());
  const auto via_json = io::read_native_json(to_json(via_csv), "again.json");
  CHECK(testing::first_difference(g, via_json) == "");
  CHECK(to_json(via_json) == to_json(g));
}

TEST_CASE("roundtrip: random property graphs through JSON and CSV", "[io][roundtrip]") {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    INFO("seed " << seed);
    testing::RandomPropertyGraphOptions options;
    if (seed % 7 == 0)
      options = {.nodes = 0, .edges = 0, .groups = 0, .group_edges = 0, .indicators = 0};
    const auto g = testing::random_property_graph(seed, options);
    const std::string json = to_json(g);
    const auto from_json = io::read_native_json(json, "random.json");
    REQUIRE(testing::first_difference(g, from_json) == "");
    CHECK(to_json(from_json) == json);  // byte-stable
    const auto from_csv = through_csv(g);
    REQUIRE(testing::first_difference(g, from_csv) == "");
    CHECK(to_json(from_csv) == json);
  }
}

TEST_CASE("roundtrip: graph files by extension", "[io][roundtrip][graph_file]") {
  const auto dir = std::filesystem::temp_directory_path() / "innonet_roundtrip_graph_file";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto g = testing::random_property_graph(99);
  io::write_graph_file(g, (dir / "g.json").string());
  io::write_graph_file(g, (dir / "g.csv").string());
  for (const char* part : {"nodes", "edges", "groups", "group_edges", "indicators", "metadata"})
    CHECK(std::filesystem::exists(dir / (std::string("g.") + part + ".csv")));
  CHECK(testing::first_difference(g, io::read_graph_file((dir / "g.json").string())) == "");
  CHECK(testing::first_difference(g, io::read_graph_file((dir / "g.csv").string())) == "");
  CHECK(testing::first_difference(g, io::read_graph_file((dir / "g.nodes.csv").string())) == "");
  std::filesystem::remove_all(dir);
}

TEST_CASE("graph_file: structure-only formats give plain nodes and edges", "[io][graph_file]") {
  const auto dir = std::filesystem::temp_directory_path() / "innonet_graph_file_plain";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto g = datasets::builtin_dataset();
  for (const char* name : {"g.edges", "g.mtx", "g.inb"}) {
    INFO(name);
    const auto path = (dir / name).string();
    io::write_graph_file(g, path);
    const auto back = io::read_graph_file(path);
    CHECK(back.num_nodes() == g.num_nodes());
    REQUIRE(back.num_nodes() > 0);
    CHECK(back.type_name(back.node(NodeRef{0}).type) == "node");
    CHECK(back.node(NodeRef{5}).id == "5");
    CHECK(back.num_edges() > 0);
    CHECK_FALSE(io::is_lossless(io::graph_file_format(path)));
  }
  CHECK_THROWS_WITH(io::read_graph_file((dir / "g.xlsx").string()),
                    Catch::Matchers::Contains("unknown graph file extension"));
  std::filesystem::remove_all(dir);
}

}  // namespace innonet
