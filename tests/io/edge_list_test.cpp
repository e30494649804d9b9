#include "io/edge_list.hpp"

#include <omp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "engine/error.hpp"
#include "tests/io/edge_list_test_support.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using testing::as_vector;
using testing::ScratchFile;

namespace {

io::EdgeListData parse(const std::string& text, const io::EdgeListReadOptions& options = {}) {
  return io::parse_edge_list(text, "g.txt", options);
}

std::string parse_error(const std::string& text, const io::EdgeListReadOptions& options = {}) {
  try {
    parse(text, options);
  } catch (const ParseError& e) {
    return e.what();
  }
  return "no error";
}

// A multigraph with self-loops, parallel edges and trailing isolated vertices.
EdgeList messy_edges(std::uint64_t seed, testing::Weights weights) {
  EdgeList edges = testing::random_edge_list(40, 120, seed, weights);
  edges.num_nodes = 45;
  for (Vertex v : {0, 3, 3, 17}) {
    edges.sources.push_back(v);
    edges.targets.push_back(v == 17 ? 5 : v);
    if (weights == testing::Weights::use) edges.weights.push_back(0.1 * (v + 1));
  }
  return edges;
}

}  // namespace

TEST_CASE("edge list: SNAP text with comments, tabs, CRLF and weights", "[io][edge_list]") {
  const auto data = parse(
      "# Directed graph\n% another comment\n\n  0\t1  2.5\r\n1 2 -1e-3\n   # indented comment\n"
      "3 0 +4\n2 2 0.5");
  CHECK(data.has_weight_column);
  CHECK(data.skipped_lines == 4);
  CHECK(data.edges.num_nodes == 4);
  CHECK(as_vector<Vertex>(data.edges.sources) == std::vector<Vertex>{0, 1, 3, 2});
  CHECK(as_vector<Vertex>(data.edges.targets) == std::vector<Vertex>{1, 2, 0, 2});
  CHECK(as_vector<double>(data.edges.weights) == std::vector<double>{2.5, -1e-3, 4.0, 0.5});
  const auto unweighted = parse("0 1 2.5\n1 2 3\n", {.weights = io::WeightColumn::ignore});
  CHECK(unweighted.has_weight_column);
  CHECK(unweighted.edges.weights.empty());
}

TEST_CASE("edge list: raw ids, SNAP node header, compact ids", "[io][edge_list]") {
  CHECK(parse("5 7\n").edges.num_nodes == 8);
  CHECK(parse("# Nodes: 20 Edges: 1\n5 7\n").edges.num_nodes == 20);
  CHECK(parse("# Nodes: 3 Edges: 1\n5 7\n").edges.num_nodes == 8);  // never below max id + 1

  const auto data = parse("1000 70\n70 5\n123456789 1000\n", {.ids = io::IdMode::compact});
  CHECK(data.edges.num_nodes == 4);
  CHECK(data.original_ids == std::vector<std::int64_t>{5, 70, 1000, 123456789});
  CHECK(as_vector<Vertex>(data.edges.sources) == std::vector<Vertex>{2, 1, 3});
  CHECK(as_vector<Vertex>(data.edges.targets) == std::vector<Vertex>{1, 0, 2});
}

TEST_CASE("edge list: every error names file:line:column and what was expected",
          "[io][edge_list]") {
  CHECK(parse_error("0 1\n2\n") ==
        "g.txt:2:2: expected a target id (like line 1), found the end of the line");
  CHECK(parse_error("0 1\n2 x\n") == "g.txt:2:3: expected a target id (an integer), found \"x\"");
  CHECK(parse_error("0 1\n2 3x\n") == "g.txt:2:3: expected a target id (an integer), found \"3x\"");
  CHECK(parse_error("0 1\n-2 3\n") == "g.txt:2:1: expected a non-negative source id, found \"-2\"");
  CHECK(parse_error("0 1\n2 2147483647\n") ==
        "g.txt:2:3: expected a target id in 0..2147483646, found \"2147483647\"");
  CHECK(parse_error("0 1\n99999999999999999999999 1\n") ==
        "g.txt:2:1: expected a source id in 0..2147483646, found \"99999999999999999999999\"");
  CHECK(parse_error("# c\n0 1 1.5\n1 2\n") ==
        "g.txt:3:4: expected a weight (like line 2), found the end of the line");
  CHECK(parse_error("0 1\n1 2 1.5\n") ==
        "g.txt:2:5: expected the end of the line after 2 columns (like line 1)");
  CHECK(parse_error("0 1 1\n1 2 abc\n") ==
        "g.txt:2:5: expected a weight (a number), found \"abc\"");
  CHECK(parse_error("0 1 1\n1 2 inf\n") == "g.txt:2:5: expected a finite weight, found \"inf\"");
  CHECK(parse_error("0 1 2 3\n") ==
        "g.txt:1:1: expected 2 or 3 columns (source, target[, weight]), found 4");
  CHECK_THAT(parse_error("0 1\n", {.weights = io::WeightColumn::require}),
             StartsWith("g.txt:1:1: expected 3 columns (source, target, weight), found 2"));
  CHECK_THROWS_AS(io::read_edge_list("/nonexistent/g.txt"), ParseError);
  CHECK_THROWS_WITH(io::read_edge_list("/nonexistent/g.txt"),
                    StartsWith("/nonexistent/g.txt: cannot open"));
}

TEST_CASE("edge list: an empty file is an error; a declared empty graph loads", "[io][edge_list]") {
  // Consistent with every other format: a file with nothing in it is an error naming the file.
  for (const std::string text : {"", "# only a comment\n", "\n\n  \n"}) {
    const ScratchFile file("empty.txt", text);
    CHECK_THROWS_AS(io::read_edge_list(file.path()), ParseError);
    CHECK_THROWS_WITH(io::read_edge_list(file.path()),
                      StartsWith(file.path() + ":") && Contains("edge lines"));
  }
  const ScratchFile declared("declared.txt", "# Nodes: 0 Edges: 0\n");
  const auto loaded = io::read_edge_list(declared.path());
  CHECK(loaded.graph.num_nodes() == 0);
  CHECK(loaded.graph.num_edges() == 0);
  CHECK_THAT(loaded.note, Contains("no edges"));
}

TEST_CASE("edge list: a multi-chunk file parses the same at 1 and 2 threads", "[io][edge_list]") {
  std::string text = "# big\n";
  for (int i = 0; i < 200000; ++i)
    text += std::to_string(i % 9973) + "\t" + std::to_string((i * 7) % 10007) + " " +
            std::to_string(i % 13) + ".25\n";
  REQUIRE(text.size() > 2 * io::kParseChunkBytes);
  omp_set_num_threads(1);
  const auto one = parse(text);
  const std::string late_error = parse_error(text + "5 6\n");
  omp_set_num_threads(2);
  const auto two = parse(text);
  CHECK(as_vector<Vertex>(one.edges.sources) == as_vector<Vertex>(two.edges.sources));
  CHECK(as_vector<Vertex>(one.edges.targets) == as_vector<Vertex>(two.edges.targets));
  CHECK(as_vector<double>(one.edges.weights) == as_vector<double>(two.edges.weights));
  CHECK(two.edges.sources.size() == 200000);
  CHECK(two.edges.sources[123456] == 123456 % 9973);
  CHECK(two.edges.weights[199999] == 199999 % 13 + 0.25);
  CHECK(late_error == parse_error(text + "5 6\n"));
  CHECK_THAT(late_error, StartsWith("g.txt:200002:4: expected a weight"));
}

TEST_CASE("edge list: write then read is lossless", "[io][edge_list]") {
  for (const auto direction : {Direction::directed, Direction::undirected})
    for (const auto weights : {testing::Weights::use, testing::Weights::ignore})
      for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        const CsrGraph g = build_csr(messy_edges(seed, weights), {.direction = direction});
        const ScratchFile file("g.edges");
        io::write_edge_list(g, file.path());
        const auto back = io::read_edge_list(file.path(), {.direction = direction});
        testing::check_same_graph(g, back.graph);
        CHECK(back.note.empty());
      }
}

TEST_CASE("edge list: original ids survive a compact round trip", "[io][edge_list]") {
  const ScratchFile in("sparse.txt", "# c\n900 40 1.5\n40 7 2\n7 900 0.25\n900 900 1\n");
  const auto first = io::read_edge_list(in.path(), {.ids = io::IdMode::compact});
  CHECK(first.original_ids == std::vector<std::int64_t>{7, 40, 900});
  const ScratchFile out("again.txt");
  io::write_edge_list(first.graph, out.path(),
                      {.header = io::Header::none, .original_ids = first.original_ids});
  CHECK(out.read() == "7 900 0.25\n40 7 2\n900 40 1.5\n900 900 1\n");
  const auto second = io::read_edge_list(out.path(), {.ids = io::IdMode::compact});
  testing::check_same_graph(first.graph, second.graph);
  CHECK(second.original_ids == first.original_ids);
}

TEST_CASE("edge list: multigraph builds are identical at 1, 2 and 3 threads", "[io][edge_list]") {
  // Dense (per-thread counter blocks) and sparse (atomic positions) inputs, with parallel arcs
  // whose weights tie, so the in-rows must come out as the sorted transpose either way.
  for (const auto& [n, m] : {std::pair<Vertex, int>{300, 20000}, {6000, 3000}}) {
    EdgeList edges;
    edges.num_nodes = n;
    std::uint64_t state = 12345;
    for (int i = 0; i < m; ++i) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      edges.sources.push_back(static_cast<Vertex>((state >> 33) % (n / 3)));
      edges.targets.push_back(static_cast<Vertex>((state >> 13) % (n / 3)));
      edges.weights.push_back(static_cast<double>((state >> 50) % 3));
    }
    omp_set_num_threads(1);
    const CsrGraph one = build_csr(edges);
    for (const int threads : {2, 3}) {
      omp_set_num_threads(threads);
      testing::check_same_graph(one, build_csr(edges));
    }
    omp_set_num_threads(2);
    for (Vertex v = 0; v < n; ++v) {
      std::vector<std::pair<Vertex, double>> expected, found;
      for (std::size_t i = 0; i < edges.sources.size(); ++i)
        if (edges.targets[i] == v) expected.emplace_back(edges.sources[i], edges.weights[i]);
      std::sort(expected.begin(), expected.end());
      const auto sources = one.in_neighbors(v);
      const auto weights = one.in_weights(v);
      for (std::size_t k = 0; k < sources.size(); ++k) found.emplace_back(sources[k], weights[k]);
      if (found != expected) FAIL("in-row " << v << " is not the sorted transpose");
    }
  }
}
