#pragma once
// Power laws for the generators (LFR degrees and community sizes, heavy-tailed counts in metro).
// The continuous law p(x) ∝ x^-exponent on [low, high) is sampled by inverting its CDF. Integer
// draws round a continuous draw on [low - 1/2, high + 1/2), so P(k) = ∫_{k-1/2}^{k+1/2} x^-exponent
// dx ≈ k^-exponent: the discrete law whose exponent Clauset et al.'s estimator recovers.
// Cost: O(1) per draw.
#include <cstdint>

namespace innonet::generators {

// The x with CDF(x) = u, u in [0, 1). exponent >= 0, 0 < low < high.
double power_law_quantile(double u, double exponent, double low, double high);

// An integer in [round(low), high] with P(k) ∝ ∫_{k-1/2}^{k+1/2} x^-exponent dx; u in [0, 1).
// low may be fractional (it then tunes the mean), 1 <= low <= high.
std::int64_t power_law_integer(double u, double exponent, double low, std::int64_t high);

// The mean of power_law_integer(U, exponent, low, high). Cost: O(high - low).
double power_law_integer_mean(double exponent, double low, std::int64_t high);

// The low in [1, high] at which power_law_integer has mean `mean`; throws std::invalid_argument
// naming average_degree when none gives it.
double power_law_low_for_mean(double exponent, std::int64_t high, double mean);

// Clauset, Shalizi & Newman (2009), eq. 3.7: the approximate maximum-likelihood exponent of
// integer data x >= x_min, 1 + n / Σ ln(x / (x_min - 1/2)). Returns 0 when no value is >= x_min.
template <class Range>
double discrete_power_law_mle(const Range& values, double x_min);

}  // namespace innonet::generators

#include <cmath>

template <class Range>
double innonet::generators::discrete_power_law_mle(const Range& values, double x_min) {
  double sum = 0;
  std::int64_t count = 0;
  for (const auto value : values) {
    const auto x = static_cast<double>(value);
    if (x < x_min) continue;
    sum += std::log(x / (x_min - 0.5));
    ++count;
  }
  return count == 0 ? 0.0 : 1.0 + static_cast<double>(count) / sum;
}
