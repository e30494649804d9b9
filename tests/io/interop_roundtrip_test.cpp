// The exchange formats (GraphML, GEXF, GML, Pajek, NetworkX node-link JSON): innonet -> format ->
// innonet keeps every node and edge field the format holds, on the built-in dataset and on random
// property graphs with awkward strings and attributes of every JSON type; DOT output is checked
// by its shape. Files NetworkX wrote are read in interop_networkx_test.cpp.
#include <catch2/catch.hpp>
#include <filesystem>
#include <functional>
#include <string>

#include "datasets/builtin.hpp"
#include "io/dot.hpp"
#include "io/graph_file.hpp"
#include "tests/io/interop_compare.hpp"
#include "tests/support/random_property_graph.hpp"

namespace innonet {
namespace {

std::string line_breaks_as_spaces(std::string text) {
  for (auto& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name) : path(std::filesystem::temp_directory_path() / name) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

}  // namespace

TEST_CASE("interop: random property graphs through every exchange format", "[io][interop]") {
  const TempDir dir("innonet_interop_roundtrip");
  for (const char* ext : {"graphml", "gexf", "gml", "net", "nx.json"}) {
    const bool pajek = std::string(ext) == "net";
    const testing::TextRule text = pajek ? testing::TextRule(line_breaks_as_spaces) : nullptr;
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
      INFO(ext << " seed " << seed);
      testing::RandomPropertyGraphOptions options;
      if (seed % 9 == 0) options = {.nodes = 0, .edges = 0};
      const auto g = testing::random_property_graph(seed, options);
      const auto path = dir.file(std::string("g.") + ext);
      io::write_graph_file(g, path);
      const auto back = io::read_graph_file(path);
      REQUIRE(testing::node_edge_difference(g, back, text, false, pajek) == "");
    }
  }
}

TEST_CASE("interop: the built-in dataset through every exchange format", "[io][interop]") {
  const TempDir dir("innonet_interop_builtin");
  const auto g = datasets::builtin_dataset();
  for (const char* ext : {"graphml", "gexf", "gml", "net", "nx.json"}) {
    INFO(ext);
    const auto path = dir.file(std::string("metro.") + ext);
    io::write_graph_file(g, path);
    const auto back = io::read_graph_file(path);
    CHECK(back.num_nodes() == 289);
    CHECK(back.num_edges() == 83);
    CHECK(testing::node_edge_difference(g, back, nullptr, false, std::string(ext) == "net") == "");
    CHECK(back.groups().empty());
    CHECK_FALSE(io::lost_in(io::graph_file_format(path)).empty());
  }
}

TEST_CASE("interop: formats chosen by extension, DOT written only", "[io][interop]") {
  using io::GraphFileFormat;
  CHECK(io::graph_file_format("a.graphml") == GraphFileFormat::graphml);
  CHECK(io::graph_file_format("a.gexf") == GraphFileFormat::gexf);
  CHECK(io::graph_file_format("a.gml") == GraphFileFormat::gml);
  CHECK(io::graph_file_format("a.net") == GraphFileFormat::pajek);
  CHECK(io::graph_file_format("a.nx.json") == GraphFileFormat::node_link);
  CHECK(io::graph_file_format("a.json") == GraphFileFormat::native_json);
  CHECK(io::graph_file_format("a.gv") == GraphFileFormat::dot);
  CHECK_THROWS_WITH(io::read_graph_file("a.dot"), Catch::Matchers::Contains("written only"));
  CHECK_THAT(io::lost_in(GraphFileFormat::pajek), Catch::Matchers::Contains("line breaks"));
  CHECK(io::lost_in(GraphFileFormat::csv).empty());
}

TEST_CASE("interop: DOT marks the undirected edges of a mixed graph", "[io][interop][dot]") {
  const auto g = datasets::builtin_dataset();
  const auto dot = io::write_dot(g);
  CHECK(dot.rfind("digraph innonet {\n", 0) == 0);
  std::size_t undirected = 0, arrows = 0;
  for (std::size_t at = dot.find("dir=none"); at != std::string::npos;
       at = dot.find("dir=none", at + 1))
    ++undirected;
  for (std::size_t at = dot.find("\" -> \""); at != std::string::npos;
       at = dot.find("\" -> \"", at + 1))
    ++arrows;
  std::size_t expected_undirected = 0;
  for (const auto& e : g.edges()) expected_undirected += e.direction == EdgeDirection::undirected;
  CHECK(undirected == expected_undirected);
  CHECK(arrows == static_cast<std::size_t>(g.num_edges()));
  CHECK(dot.find("\"nanjing\" [label=\"南京\"") != std::string::npos);
}

}  // namespace innonet
