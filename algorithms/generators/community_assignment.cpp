#include "algorithms/generators/community_assignment.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>

#include "algorithms/generators/power_law.hpp"

namespace innonet::generators {
namespace {

// Prefix sums of non-negative counts with weighted search.
class Fenwick {
 public:
  explicit Fenwick(std::size_t n) : tree_(n + 1, 0) {}
  void add(std::size_t i, std::int64_t delta) {
    for (++i; i < tree_.size(); i += i & (~i + 1)) tree_[i] += delta;
  }
  std::int64_t prefix(std::size_t count) const {  // sum of the first `count` entries
    std::int64_t sum = 0;
    for (; count > 0; count -= count & (~count + 1)) sum += tree_[count];
    return sum;
  }
  // Smallest i with prefix(i + 1) > target (0 <= target < total).
  std::size_t find(std::int64_t target) const {
    std::size_t pos = 0;
    std::size_t step = std::bit_floor(tree_.size());
    for (; step > 0; step >>= 1)
      if (pos + step < tree_.size() && tree_[pos + step] <= target) {
        pos += step;
        target -= tree_[pos];
      }
    return pos;
  }

 private:
  std::vector<std::int64_t> tree_;
};

// Moves `amount` members in or out (sign of step) of random communities within the bounds.
bool adjust(std::vector<Vertex>& sizes, std::int64_t amount, int step, Vertex bound,
            BlockRng& rng) {
  std::int64_t room = 0;
  for (const Vertex s : sizes) room += step < 0 ? s - bound : bound - s;
  if (room < amount) return false;
  while (amount > 0) {
    const std::size_t i = rng.below(sizes.size());
    if (step < 0 ? sizes[i] > bound : sizes[i] < bound) {
      sizes[i] += step;
      --amount;
    }
  }
  return true;
}

}  // namespace

std::vector<Vertex> sample_community_sizes(Vertex n, Vertex min_size, Vertex max_size,
                                           double exponent, BlockRng& rng) {
  std::vector<Vertex> sizes;
  std::int64_t sum = 0;
  while (sum < n) {
    sizes.push_back(
        static_cast<Vertex>(power_law_integer(rng.uniform(), exponent, min_size, max_size)));
    sum += sizes.back();
  }
  if (adjust(sizes, sum - n, -1, min_size, rng)) return sizes;
  sum -= sizes.back();
  sizes.pop_back();
  if (!sizes.empty() && adjust(sizes, n - sum, +1, max_size, rng)) return sizes;
  return {};
}

std::vector<std::int32_t> assign_communities(const std::vector<Vertex>& internal_degree,
                                             const std::vector<Vertex>& sizes, BlockRng& rng) {
  const auto n = internal_degree.size();
  std::vector<std::int32_t> by_size(sizes.size());
  std::iota(by_size.begin(), by_size.end(), 0);
  std::stable_sort(by_size.begin(), by_size.end(),
                   [&](std::int32_t a, std::int32_t b) { return sizes[a] > sizes[b]; });
  std::vector<Vertex> by_degree(n);
  std::iota(by_degree.begin(), by_degree.end(), 0);
  std::stable_sort(by_degree.begin(), by_degree.end(),
                   [&](Vertex a, Vertex b) { return internal_degree[a] > internal_degree[b]; });
  Fenwick room(sizes.size());
  for (std::size_t p = 0; p < by_size.size(); ++p) room.add(p, sizes[by_size[p]]);
  std::vector<std::int32_t> community(n, -1);
  std::size_t eligible = 0;  // communities by_size[0 .. eligible) have more than k members
  for (const Vertex v : by_degree) {
    while (eligible < by_size.size() && sizes[by_size[eligible]] > internal_degree[v]) ++eligible;
    const std::int64_t total = room.prefix(eligible);
    if (total == 0) return {};
    const std::size_t p = room.find(static_cast<std::int64_t>(rng.below(total)));
    community[v] = by_size[p];
    room.add(p, -1);
  }
  return community;
}

}  // namespace innonet::generators
