#include "algorithms/generators/weights.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "algorithms/generators/rmat.hpp"
#include "tests/generators/checks.hpp"

using namespace innonet;
using namespace innonet::generators;

TEST_CASE("random weights lie in min .. max (exclusive) and do not depend on threads",
          "[generators][weights]") {
  EdgeList edges = rmat({.scale = 12});
  add_random_weights(edges);  // integers 1..99
  REQUIRE(edges.weights.size() == edges.sources.size());
  bool saw_low = false, saw_high = false;
  for (const double w : edges.weights) {
    CHECK(w == std::floor(w));
    CHECK((w >= 1 && w < 100));
    saw_low = saw_low || w == 1;
    saw_high = saw_high || w == 99;
  }
  CHECK((saw_low && saw_high));
  EdgeList real = rmat({.scale = 12});
  testing::with_threads(1, [&] {
    add_random_weights(real, {.min = 0.5, .max = 2.0, .values = WeightValues::real, .seed = 4});
    return 0;
  });
  EdgeList again = rmat({.scale = 12});
  testing::with_threads(2, [&] {
    add_random_weights(again, {.min = 0.5, .max = 2.0, .values = WeightValues::real, .seed = 4});
    return 0;
  });
  CHECK(real.weights == again.weights);
  for (const double w : real.weights) CHECK((w >= 0.5 && w < 2.0));
}

TEST_CASE("random weights reject an empty range", "[generators][weights]") {
  EdgeList edges = rmat({.scale = 4});
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(add_random_weights(edges, {.min = 5, .max = 5}), Contains("max"));
  CHECK_THROWS_WITH(add_random_weights(edges, {.min = NAN}), Contains("min"));
  CHECK_THROWS_WITH(add_random_weights(edges, {.min = 1.2, .max = 1.9}), Contains("max"));
}
