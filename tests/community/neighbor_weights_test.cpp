// The per-thread table local moving and aggregation sum arc weights in, against std::map, in both
// of its layouts: direct indexing (small graphs) and hashing (above 2^17 communities).
#include "algorithms/community/neighbor_weights.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <random>
#include <vector>

using innonet::Vertex;
using innonet::community::detail::NeighborWeights;

TEST_CASE("NeighborWeights sums by community in first-seen order, dense and hashed",
          "[community][local_moving]") {
  for (const Vertex n : {Vertex{1000}, Vertex{1} << 18}) {
    INFO("communities " << n);
    NeighborWeights table(n);
    std::mt19937_64 rng(static_cast<std::uint64_t>(n));
    for (const int arcs : {1, 3, 16, 200, 5000, 7}) {  // the table shrinks and grows between uses
      // Few distinct communities, so most adds hit an existing entry (and probe chains form).
      std::uniform_int_distribution<Vertex> community(0, std::min<Vertex>(n - 1, arcs / 2 + 3));
      std::uniform_int_distribution<Vertex> spread(0, n - 1);
      std::map<Vertex, double> expected;
      std::vector<Vertex> first_seen;
      table.prepare(arcs);
      for (int i = 0; i < arcs; ++i) {
        const Vertex c = i % 3 == 0 ? spread(rng) : community(rng);
        const double w = 0.25 * static_cast<double>(1 + i % 7);
        if (!expected.contains(c)) first_seen.push_back(c);
        expected[c] += w;
        table.add(c, w);
      }
      REQUIRE(table.touched == first_seen);
      for (std::size_t i = 0; i < first_seen.size(); ++i)
        CHECK(table.weight[i] == expected[first_seen[i]]);  // same additions, same order
      for (const auto& [c, w] : expected) CHECK(table.weight_to(c) == w);
      CHECK(table.weight_to(n - 1) == (expected.contains(n - 1) ? expected[n - 1] : 0.0));
      table.clear();
      CHECK(table.touched.empty());
      for (const auto& [c, w] : expected) CHECK(table.weight_to(c) == 0.0);
    }
  }
}
