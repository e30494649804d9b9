#pragma once
#include <cstdint>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::community::detail {

// Sums arc weights by the community at their other end, for one node (local moving) or one
// community (aggregation) at a time; one per thread. A small open-addressing table sized by
// prepare() to the arcs about to be added, so it stays in L1. (A table indexed by community id
// is n entries wide, and on a million-node graph nearly every lookup in it missed the cache; on
// small graphs, such as every aggregated level, it fits the cache and needs no probing, so those
// use it.)
class NeighborWeights {
 public:
  explicit NeighborWeights(Vertex n) : dense_(n <= kDenseBelow) {
    if (dense_) {
      key_.assign(n, -1);
      index_.resize(n);
    }
  }

  std::vector<Vertex> touched;  // communities in first-seen order
  std::vector<double> weight;   // s(v, touched[i])

  void prepare(std::int64_t degree) {
    if (dense_) return;
    int bits = 4;
    while ((std::int64_t{1} << bits) < 2 * degree) ++bits;
    if (key_.size() < (std::size_t{1} << bits)) {
      key_.assign(std::size_t{1} << bits, -1);
      index_.resize(key_.size());
    }
    shift_ = 32 - bits;
  }
  void add(Vertex c, double w) {
    const std::uint32_t h = find(c);
    if (key_[h] == c) {
      weight[index_[h]] += w;
      return;
    }
    key_[h] = c;
    index_[h] = static_cast<Vertex>(touched.size());
    used_.push_back(h);
    touched.push_back(c);
    weight.push_back(w);
  }
  double weight_to(Vertex c) const {
    const std::uint32_t h = find(c);
    return key_[h] == c ? weight[index_[h]] : 0.0;
  }
  void clear() {
    for (const std::uint32_t h : used_) key_[h] = -1;
    used_.clear();
    touched.clear();
    weight.clear();
  }

 private:
  // Fibonacci hashing into 2^(32 - shift_) slots, then linear probing to c or a free slot.
  std::uint32_t find(Vertex c) const {
    if (dense_) return static_cast<std::uint32_t>(c);
    const std::uint32_t mask = (std::uint32_t{1} << (32 - shift_)) - 1;
    std::uint32_t h = (static_cast<std::uint32_t>(c) * 2654435769u) >> shift_;
    while (key_[h] != c && key_[h] != -1) h = (h + 1) & mask;
    return h;
  }

  static constexpr Vertex kDenseBelow = Vertex{1} << 17;  // 1 MiB of tables per thread
  bool dense_;
  std::vector<Vertex> key_;    // community in a slot, or -1
  std::vector<Vertex> index_;  // its position in touched
  std::vector<std::uint32_t> used_;
  int shift_ = 28;
};

}  // namespace innonet::community::detail
