#include "algorithms/centrality/common.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace innonet::centrality {

void check_weights(const CsrGraph& g, EdgeWeights weights, ZeroWeights zero,
                   const char* parameter) {
  if (!reads_weights(g, weights)) return;
  const auto w = g.out_weight_array();
  const bool zero_ok = zero == ZeroWeights::allowed;
  // Integer count of bad weights: an exact, order-free reduction.
  std::int64_t bad = 0;
#pragma omp parallel for schedule(static) reduction(+ : bad) if (std::ssize(w) > kParallelLight)
  for (std::int64_t e = 0; e < std::ssize(w); ++e)
    bad += !std::isfinite(w[e]) || w[e] < 0.0 || (w[e] == 0.0 && !zero_ok);
  if (bad == 0) return;
  std::string message = parameter;
  message += ": ";
  message += std::to_string(bad);
  message +=
      zero_ok ? " arc weights are negative or not finite" : " arc weights are not finite and > 0";
  throw std::invalid_argument(message);
}

}  // namespace innonet::centrality
