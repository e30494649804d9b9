#include "algorithms/generators/rmat.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <vector>

#include "algorithms/generators/erdos_renyi.hpp"
#include "tests/generators/checks.hpp"

using namespace innonet;
using namespace innonet::generators;
using innonet::testing::with_threads;

TEST_CASE("rmat draws edge_factor * 2^scale edges among 2^scale vertices", "[generators][rmat]") {
  const EdgeList edges = rmat({.scale = 10, .edge_factor = 8, .seed = 3});
  CHECK(edges.num_nodes == 1024);
  CHECK(edges.sources.size() == 8192);
  CHECK(edges.targets.size() == 8192);
  CHECK(edges.weights.empty());
  for (std::size_t i = 0; i < edges.sources.size(); ++i) {
    CHECK((edges.sources[i] >= 0 && edges.sources[i] < 1024));
    CHECK((edges.targets[i] >= 0 && edges.targets[i] < 1024));
  }
}

TEST_CASE("rmat quadrant frequencies follow a, b, c, d", "[generators][rmat]") {
  // In natural order the top bit of u and v is the first level's quadrant.
  const int scale = 12;
  const EdgeList edges = rmat({.scale = scale, .order = VertexOrder::natural, .seed = 5});
  const auto m = static_cast<double>(edges.sources.size());
  double upper = 0, left = 0;
  for (std::size_t i = 0; i < edges.sources.size(); ++i) {
    upper += (edges.sources[i] >> (scale - 1)) == 0 ? 1 : 0;
    left += (edges.targets[i] >> (scale - 1)) == 0 ? 1 : 0;
  }
  CHECK(upper / m == Approx(0.57 + 0.19).margin(0.01));  // a + b
  CHECK(left / m == Approx(0.57 + 0.19).margin(0.01));   // a + c
}

TEST_CASE("rmat_permute is a bijection of 0 .. 2^scale - 1", "[generators][rmat]") {
  for (int scale : {0, 1, 2, 5, 13}) {
    std::set<std::int64_t> image;
    for (std::int64_t v = 0; v < (std::int64_t{1} << scale); ++v) {
      const auto p = rmat_permute(v, scale, 99);
      CHECK((p >= 0 && p < (std::int64_t{1} << scale)));
      image.insert(p);
    }
    CHECK(image.size() == (std::size_t{1} << scale));
  }
}

TEST_CASE("rmat degrees are skewed, unlike G(n,m) of the same size", "[generators][rmat]") {
  const int scale = 14;
  const EdgeList r = rmat({.scale = scale, .seed = 7});
  const EdgeList e = erdos_renyi({.num_nodes = 1 << scale,
                                  .num_edges = static_cast<std::int64_t>(r.sources.size()),
                                  .seed = 7});
  const auto rd = testing::undirected_degrees(r);
  const auto ed = testing::undirected_degrees(e);
  const double mean_degree = testing::mean(rd);
  CHECK(mean_degree == Approx(32.0));
  const auto rmax = *std::max_element(rd.begin(), rd.end());
  const auto emax = *std::max_element(ed.begin(), ed.end());
  CHECK(static_cast<double>(rmax) > 20 * mean_degree);
  CHECK(static_cast<double>(emax) < 2 * mean_degree);
  // The top 1% of vertices hold a large share of the edge ends in R-MAT, about 1% in G(n,m).
  CHECK(testing::top_share(rd, 0.01) > 0.15);
  CHECK(testing::top_share(ed, 0.01) < 0.02);
  CHECK(testing::variance(rd) > 20 * testing::variance(ed));
}

TEST_CASE("rmat is deterministic for a seed at any thread count", "[generators][rmat]") {
  const RmatOptions options{.scale = 13, .edge_factor = 20, .seed = 11};
  const auto one = with_threads(1, [&] { return rmat(options); });
  const auto two = with_threads(2, [&] { return rmat(options); });
  CHECK(testing::same_edges(one, two));
  CHECK(testing::same_edges(one, rmat(options)));
  auto other = options;
  other.seed = 12;
  CHECK_FALSE(testing::same_edges(one, rmat(other)));
}

TEST_CASE("rmat rejects bad parameters naming them", "[generators][rmat]") {
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(rmat({.scale = 31}), Contains("scale"));
  CHECK_THROWS_WITH(rmat({.scale = -1}), Contains("scale"));
  CHECK_THROWS_WITH(rmat({.edge_factor = -1}), Contains("edge_factor"));
  CHECK_THROWS_WITH(rmat({.a = 1.5}), Contains("a must"));
  CHECK_THROWS_WITH(rmat({.b = -0.1}), Contains("b must"));
  CHECK_THROWS_WITH(rmat({.a = 0.5, .b = 0.3, .c = 0.3}), Contains("d = 1 - a - b - c"));
  CHECK_THROWS_AS(rmat({.c = 2}), std::invalid_argument);
}

TEST_CASE("rmat_blocks split anywhere concatenate to rmat (the distributed generator's share)",
          "[generators][rmat]") {
  const RmatOptions options{.scale = 12, .edge_factor = 40, .seed = 5};  // 3 blocks, last short
  const EdgeList whole = rmat(options);
  const std::int64_t blocks = rmat_block_count(options);
  REQUIRE(blocks == 3);
  for (const int parts : {1, 2, 3, 4}) {
    EdgeList joined;
    joined.num_nodes = whole.num_nodes;
    std::vector<Vertex> sources, targets;
    for (int p = 0; p < parts; ++p) {
      const EdgeList part = rmat_blocks(options, blocks * p / parts, blocks * (p + 1) / parts);
      CHECK(part.num_nodes == whole.num_nodes);
      sources.insert(sources.end(), part.sources.begin(), part.sources.end());
      targets.insert(targets.end(), part.targets.begin(), part.targets.end());
    }
    REQUIRE(sources.size() == whole.sources.size());
    CHECK(std::equal(sources.begin(), sources.end(), whole.sources.begin()));
    CHECK(std::equal(targets.begin(), targets.end(), whole.targets.begin()));
  }
  CHECK_THROWS_WITH(rmat_blocks(options, 2, 4), Catch::Matchers::Contains("blocks"));
  CHECK_THROWS_AS(rmat_blocks(options, -1, 1), std::invalid_argument);
}
