#pragma once
// The undirected "union" neighbourhood of each node, for the ego-network measures (structural
// holes, clustering): N(v) = in- and out-neighbours of v without v itself (self-loops are
// dropped), sorted, each with the weight of v→u (a_out) and of u→v (a_in), 0 where that arc is
// missing; 1 per arc when weights are not read. For an undirected graph a_out = a_in = w(u,v).
// Parallel arcs (MergeRule::keep) are summed. Cost: O(n + m) time and memory.
#include <span>
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

class UnionNeighborhood {
 public:
  UnionNeighborhood(const CsrGraph& g, EdgeWeights weights);

  std::span<const Vertex> neighbors(Vertex v) const { return row(nbr_, v); }
  std::span<const double> out_weight(Vertex v) const { return row(a_out_, v); }
  std::span<const double> in_weight(Vertex v) const { return row(a_in_, v); }

 private:
  template <class T>
  std::span<const T> row(const std::vector<T>& a, Vertex v) const {
    return {a.data() + offsets_[v], a.data() + offsets_[v + 1]};
  }
  std::vector<std::int64_t> offsets_;
  std::vector<Vertex> nbr_;
  std::vector<double> a_out_, a_in_;
};

}  // namespace innonet::centrality
