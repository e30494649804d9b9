#include "io/matrix_market.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "engine/error.hpp"
#include "tests/io/edge_list_test_support.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;
using testing::as_vector;
using testing::ScratchFile;

namespace {

std::string parse_error(const std::string& text, const io::MatrixMarketReadOptions& options = {}) {
  try {
    io::parse_matrix_market(text, "m.mtx", options);
  } catch (const ParseError& e) {
    return e.what();
  }
  return "no error";
}

const std::string kBanner = "%%MatrixMarket matrix coordinate real general\n";

}  // namespace

TEST_CASE("matrix market: general real file is a weighted directed graph", "[io][matrix_market]") {
  const auto loaded = io::parse_matrix_market(
      kBanner + "% a comment\n\n4 4 3\n1 2 0.5\n3 1 -2e1\n2 2 7\n", "m.mtx");
  const CsrGraph& g = loaded.graph;
  CHECK(g.num_nodes() == 4);
  CHECK(g.is_directed());
  CHECK(g.is_weighted());
  CHECK(g.num_edges() == 3);
  CHECK(as_vector(g.out_neighbors(0)) == std::vector<Vertex>{1});
  CHECK(as_vector(g.out_weights(2)) == std::vector<double>{-20.0});
  CHECK(as_vector(g.in_neighbors(1)) == std::vector<Vertex>{0, 1});
  CHECK(g.out_degree(3) == 0);
}

TEST_CASE("matrix market: symmetric pattern file is an unweighted undirected graph",
          "[io][matrix_market]") {
  const auto loaded = io::parse_matrix_market(
      "%%MatrixMarket MATRIX Coordinate Pattern Symmetric\n3 3 3\n2 1\n3 1\n3 3\n", "m.mtx");
  const CsrGraph& g = loaded.graph;
  CHECK_FALSE(g.is_directed());
  CHECK_FALSE(g.is_weighted());
  CHECK(g.num_edges() == 3);
  CHECK(as_vector(g.out_neighbors(0)) == std::vector<Vertex>{1, 2});
  CHECK(as_vector(g.out_neighbors(2)) == std::vector<Vertex>{0, 2});
  const auto integer =
      io::parse_matrix_market("%%MatrixMarket matrix coordinate integer general\n2 2 1\n1 2 5\n",
                              "m.mtx", {.direction = Direction::undirected});
  CHECK_FALSE(integer.graph.is_directed());
  CHECK(as_vector(integer.graph.out_weights(1)) == std::vector<double>{5.0});
}

TEST_CASE("matrix market: errors name file:line:column and what was expected",
          "[io][matrix_market]") {
  CHECK(parse_error("1 2\n") ==
        "m.mtx:1:1: expected a Matrix Market banner \"%%MatrixMarket matrix coordinate ...\"");
  CHECK(parse_error("%%MatrixMarket matrix array real general\n") ==
        "m.mtx:1:23: expected the format 'coordinate' (dense 'array' files are not graphs), found "
        "\"array\"");
  CHECK(parse_error("%%MatrixMarket matrix coordinate complex general\n") ==
        "m.mtx:1:34: expected the field real, integer or pattern, found \"complex\"");
  CHECK(parse_error("%%MatrixMarket matrix coordinate real hermitian\n") ==
        "m.mtx:1:39: expected the symmetry general or symmetric, found \"hermitian\"");
  CHECK(parse_error(kBanner + "% only comments\n") ==
        "m.mtx:3:1: expected the size line \"rows columns entries\", found the end of the file");
  CHECK(parse_error(kBanner + "3 4 1\n1 2 1\n") ==
        "m.mtx:2:1: expected a square matrix for a graph, found 3 x 4");
  CHECK(parse_error(kBanner + "3 3 x\n") ==
        "m.mtx:2:5: expected an entry count (a non-negative integer), found \"x\"");
  CHECK(parse_error(kBanner + "3 3 2\n1 2 1\n0 1 1\n") ==
        "m.mtx:4:1: expected a row index in 1..3, found \"0\"");
  CHECK(parse_error(kBanner + "3 3 2\n1 2 1\n1 4 1\n") ==
        "m.mtx:4:3: expected a column index in 1..3, found \"4\"");
  CHECK(parse_error(kBanner + "3 3 2\n1 2 1\n1 3\n") ==
        "m.mtx:4:4: expected a value, found the end of the line");
  CHECK(parse_error("%%MatrixMarket matrix coordinate integer general\n3 3 1\n1 2 1.5\n") ==
        "m.mtx:3:5: expected an integer value, found \"1.5\"");
  CHECK(parse_error(kBanner + "3 3 3\n1 2 1\n2 3 1\n") ==
        "m.mtx:5:1: expected 3 entries (the size line), found 2");
  CHECK(parse_error(kBanner + "3 3 1\n1 2 1\n2 3 1\n") ==
        "m.mtx:4:1: expected 1 entries (the size line), found 2");
  CHECK(parse_error("%%MatrixMarket matrix coordinate pattern symmetric\n3 3 2\n2 1\n1 3\n") ==
        "m.mtx:4:1: expected an entry on or below the diagonal (row >= column) in a symmetric "
        "matrix, found row 1, column 3");
  CHECK_THAT(parse_error("%%MatrixMarket matrix coordinate pattern general\n1 1 0\n",
                         {.weights = io::WeightColumn::require}),
             Contains("found a pattern file"));
}

TEST_CASE("matrix market: write then read is lossless", "[io][matrix_market]") {
  for (const auto direction : {Direction::directed, Direction::undirected})
    for (const auto weights : {testing::Weights::use, testing::Weights::ignore})
      for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        EdgeList edges = testing::random_edge_list(30, 90, seed, weights);
        edges.num_nodes = 33;  // trailing isolated vertices
        edges.sources.push_back(4);
        edges.targets.push_back(4);
        if (weights == testing::Weights::use) edges.weights.push_back(0.1);
        const CsrGraph g = build_csr(edges, {.direction = direction});
        const ScratchFile file("g.mtx");
        io::write_matrix_market(g, file.path());
        const auto back = io::read_matrix_market(file.path());
        testing::check_same_graph(g, back.graph);
      }
  const ScratchFile empty("empty.mtx");
  io::write_matrix_market(CsrGraph(), empty.path());
  const auto loaded = io::read_matrix_market(empty.path());
  CHECK(loaded.graph.num_nodes() == 0);
  CHECK_THAT(loaded.note, Contains("no entries"));
}
