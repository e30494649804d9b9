#include "algorithms/generators/power_law.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "algorithms/generators/block_rng.hpp"

using namespace innonet::generators;

TEST_CASE("power-law draws have the requested exponent (Clauset MLE)", "[generators][power_law]") {
  for (double exponent : {1.5, 2.0, 2.5, 3.0}) {
    BlockRng rng(17);
    std::vector<std::int64_t> values(200000);
    for (auto& v : values) v = power_law_integer(rng.uniform(), exponent, 8, 1000000000);
    CHECK(*std::min_element(values.begin(), values.end()) == 8);
    CHECK(discrete_power_law_mle(values, 8.0) == Approx(exponent).margin(0.03));
  }
}

TEST_CASE("power_law_integer_mean matches a direct sum", "[generators][power_law]") {
  // P(k) = ∫_{k-1/2}^{k+1/2} x^-2 dx / ∫_{2.5}^{10.5} x^-2 dx for k = 3..10.
  double norm = 1.0 / 2.5 - 1.0 / 10.5, mean = 0;
  for (int k = 3; k <= 10; ++k) mean += k * (1.0 / (k - 0.5) - 1.0 / (k + 0.5)) / norm;
  CHECK_THAT(power_law_integer_mean(2.0, 3, 10), Catch::Matchers::WithinAbs(mean, 1e-12));
  const double low = power_law_low_for_mean(2.5, 50, 12.0);
  CHECK_THAT(power_law_integer_mean(2.5, low, 50), Catch::Matchers::WithinAbs(12.0, 1e-8));
  BlockRng rng(2);
  double sum = 0;
  for (int i = 0; i < 400000; ++i)
    sum += static_cast<double>(power_law_integer(rng.uniform(), 2.5, low, 50));
  CHECK(sum / 400000 == Approx(12.0).margin(0.05));
  CHECK_THROWS_WITH(power_law_low_for_mean(2.5, 50, 60), Catch::Contains("average_degree"));
}

TEST_CASE("power_law_quantile stays inside its bounds", "[generators][power_law]") {
  for (double u : {0.0, 0.5, 0.999999999999}) {
    for (double exponent : {1.0, 2.0, 3.5}) {
      const double x = power_law_quantile(u, exponent, 2.0, 7.0);
      CHECK((x >= 2.0 && x < 7.0));
    }
  }
}
