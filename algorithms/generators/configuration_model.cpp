#include "algorithms/generators/configuration_model.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace innonet::generators {
namespace {

class EdgeCounts {
 public:
  explicit EdgeCounts(std::size_t edges) { counts_.reserve(2 * edges); }
  int count(Vertex u, Vertex v) const {
    const auto it = counts_.find(code(u, v));
    return it == counts_.end() ? 0 : it->second;
  }
  void add(Vertex u, Vertex v, int delta) { counts_[code(u, v)] += delta; }

 private:
  static std::uint64_t code(Vertex u, Vertex v) {
    if (u > v) std::swap(u, v);
    return (static_cast<std::uint64_t>(u) << 32) | static_cast<std::uint32_t>(v);
  }
  std::unordered_map<std::uint64_t, int> counts_;
};

struct Repair {
  std::vector<std::pair<Vertex, Vertex>>& edges;
  std::span<const std::int32_t> group;
  EdgeCounts counts;

  bool forbidden(Vertex u, Vertex v) const {
    return u == v || (!group.empty() && group[u] == group[v]);
  }
  bool bad(std::size_t i) const {
    const auto [u, v] = edges[i];
    return forbidden(u, v) || counts.count(u, v) > 1;
  }
  // Tries to swap edge i with edge j; true when done.
  bool try_swap(std::size_t i, std::size_t j, bool flip) {
    const auto [a, b] = edges[i];
    auto [c, d] = edges[j];
    if (flip) std::swap(c, d);
    if (forbidden(a, c) || forbidden(b, d)) return false;
    if (std::minmax(a, c) == std::minmax(b, d)) return false;
    counts.add(a, b, -1);
    counts.add(c, d, -1);
    if (counts.count(a, c) > 0 || counts.count(b, d) > 0) {
      counts.add(a, b, 1);
      counts.add(c, d, 1);
      return false;
    }
    counts.add(a, c, 1);
    counts.add(b, d, 1);
    edges[i] = {a, c};
    edges[j] = {b, d};
    return true;
  }
};

}  // namespace

StubMatching match_stubs(std::vector<Vertex> stubs, BlockRng& rng,
                         std::span<const std::int32_t> group) {
  if (stubs.size() % 2 != 0) throw std::invalid_argument("stubs must be even in number");
  for (std::size_t i = stubs.size(); i > 1; --i)  // Fisher–Yates
    std::swap(stubs[i - 1], stubs[rng.below(i)]);
  StubMatching result;
  const std::size_t m = stubs.size() / 2;
  result.edges.resize(m);
  for (std::size_t i = 0; i < m; ++i) result.edges[i] = {stubs[2 * i], stubs[2 * i + 1]};
  Repair repair{result.edges, group, EdgeCounts(m)};
  for (const auto& [u, v] : result.edges) repair.counts.add(u, v, 1);
  std::vector<char> dropped(m, 0);
  for (std::size_t i = 0; i < m; ++i) {
    if (!repair.bad(i)) continue;
    bool fixed = false;
    for (int t = 0; t < kSwapTries && !fixed && m > 1; ++t) {
      const std::size_t j = rng.below(m);
      if (j == i || dropped[j]) continue;
      fixed = repair.try_swap(i, j, (rng() & 1) != 0);
    }
    if (!fixed) {
      dropped[i] = 1;
      repair.counts.add(result.edges[i].first, result.edges[i].second, -1);
      ++result.dropped;
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < m; ++i)
    if (!dropped[i]) result.edges[kept++] = result.edges[i];
  result.edges.resize(kept);
  return result;
}

}  // namespace innonet::generators
