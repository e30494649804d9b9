#include "algorithms/community/partition.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace innonet::community {

Vertex renumber_communities(std::span<Vertex> membership) {
  const auto n = std::ssize(membership);
  std::vector<Vertex> new_id(static_cast<std::size_t>(n), kNoVertex);
  Vertex next = 0;
  for (auto& c : membership) {
    if (c < 0 || c >= n)
      throw std::invalid_argument("membership: community id " + std::to_string(c) + " outside 0.." +
                                  std::to_string(n - 1));
    if (new_id[c] == kNoVertex) new_id[c] = next++;
    c = new_id[c];
  }
  return next;
}

void check_resolution(double resolution) {
  if (!std::isfinite(resolution) || resolution <= 0.0)
    throw std::invalid_argument("resolution: must be finite and > 0, got " +
                                std::to_string(resolution));
}

}  // namespace innonet::community
