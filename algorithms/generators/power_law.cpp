#include "algorithms/generators/power_law.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace innonet::generators {
namespace {

// CDF of the law on [low, high) at t.
double power_law_cdf(double t, double exponent, double low, double high) {
  if (t <= low) return 0.0;
  if (t >= high) return 1.0;
  if (std::abs(exponent - 1.0) < 1e-12) return std::log(t / low) / std::log(high / low);
  const double e = 1.0 - exponent;
  return (std::pow(t, e) - std::pow(low, e)) / (std::pow(high, e) - std::pow(low, e));
}

}  // namespace

double power_law_quantile(double u, double exponent, double low, double high) {
  if (std::abs(exponent - 1.0) < 1e-12) return low * std::pow(high / low, u);
  const double e = 1.0 - exponent;
  const double lo = std::pow(low, e), hi = std::pow(high, e);
  const double x = std::pow(lo + u * (hi - lo), 1.0 / e);
  return std::min(std::max(x, low), std::nextafter(high, low));  // keep rounding inside
}

std::int64_t power_law_integer(double u, double exponent, double low, std::int64_t high) {
  const double x = power_law_quantile(u, exponent, low - 0.5, static_cast<double>(high) + 0.5);
  return std::min(high, static_cast<std::int64_t>(std::floor(x + 0.5)));
}

double power_law_integer_mean(double exponent, double low, std::int64_t high) {
  // round(X) = k for X in [k - 1/2, k + 1/2), X on [low - 1/2, high + 1/2).
  const double a = low - 0.5, b = static_cast<double>(high) + 0.5;
  double mean = 0.0;
  for (double k = std::floor(low + 0.5); k <= static_cast<double>(high); k += 1.0) {
    const double mass = power_law_cdf(std::min(k + 0.5, b), exponent, a, b) -
                        power_law_cdf(std::max(k - 0.5, a), exponent, a, b);
    mean += k * mass;
  }
  return mean;
}

double power_law_low_for_mean(double exponent, std::int64_t high, double mean) {
  double lo = 1.0, hi = static_cast<double>(high);
  if (mean < power_law_integer_mean(exponent, lo, high) - 1e-9 ||
      mean > power_law_integer_mean(exponent, hi, high) + 1e-9)
    throw std::invalid_argument(
        "average_degree cannot be reached with this degree exponent and max_degree");
  for (int step = 0; step < 100 && hi - lo > 1e-10; ++step) {  // the mean grows with low
    const double mid = 0.5 * (lo + hi);
    (power_law_integer_mean(exponent, mid, high) < mean ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

}  // namespace innonet::generators
