#include "algorithms/centrality/centralization.hpp"

#include <algorithm>

namespace innonet::centrality {

double freeman_centralization(std::span<const double> score, double max_sum) {
  if (score.empty() || max_sum <= 0.0) return 0.0;
  const double top = *std::max_element(score.begin(), score.end());
  double sum = 0.0;
  for (const double s : score) sum += top - s;
  return sum / max_sum;
}

double star_max_betweenness(Vertex n, Direction direction, BetweennessScale scale) {
  if (n < 3) return 0.0;
  const double m = n - 1.0;
  if (scale == BetweennessScale::normalized) return m;
  return direction == Direction::directed ? m * m * (n - 2.0) : m * m * (n - 2.0) / 2.0;
}

double star_max_closeness(Vertex n, Direction direction) {
  if (n < 3) return 0.0;
  if (direction == Direction::directed) return n - 1.0;
  return (n - 1.0) * (n - 2.0) / (2.0 * n - 3.0);
}

double star_max_harmonic(Vertex n, Direction direction) {
  if (n < 3) return 0.0;
  if (direction == Direction::directed) return (n - 1.0) * (n - 1.0);
  return (n - 1.0) * (n - 2.0) / 2.0;
}

}  // namespace innonet::centrality
