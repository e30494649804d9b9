#pragma once
// The undirected view several structure kernels share: for each vertex its distinct neighbours
// (self-loops dropped), sorted, with the number of parallel edges behind each. A directed graph is
// read as NetworkX's G.to_undirected(): u and v are adjacent, once, if either arc exists. An
// undirected graph keeps the multiplicity of its parallel edges. Built in parallel, each row by
// its own vertex, so it is identical at any thread count. Cost: O(n + m) time and memory.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::structure {

class UndirectedView {
 public:
  explicit UndirectedView(const CsrGraph& g);

  Vertex num_nodes() const { return static_cast<Vertex>(offsets_.size()) - 1; }
  std::int64_t num_edges() const { return static_cast<std::int64_t>(targets_.size()) / 2; }
  std::span<const Vertex> neighbors(Vertex v) const {
    return {targets_.data() + offsets_[v], targets_.data() + offsets_[v + 1]};
  }
  std::span<const std::int32_t> multiplicity(Vertex v) const {
    return {multiplicity_.data() + offsets_[v], multiplicity_.data() + offsets_[v + 1]};
  }
  std::int64_t degree(Vertex v) const { return offsets_[v + 1] - offsets_[v]; }

 private:
  std::vector<std::int64_t> offsets_;
  std::vector<Vertex> targets_;
  std::vector<std::int32_t> multiplicity_;
};

}  // namespace innonet::structure
