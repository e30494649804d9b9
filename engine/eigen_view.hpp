#pragma once
// EigenView: a CsrGraph seen as an Eigen sparse matrix, without copying the adjacency.
//
// Convention: row = source, column = target, entry = arc weight (A[u][v] = w(u->v)); the Map
// points straight at the CSR's out_offsets / out_targets / out_weight_array. The transposed view
// (Adjacency::in) maps the in-adjacency instead, so its row v lists v's in-arcs: it is A^T as a
// row-major matrix, again without a copy. For an undirected graph both views are the same
// symmetric matrix. Parallel arcs (MergeRule::keep) appear as repeated column indices in a row;
// Eigen's products add them, which is what a multigraph's adjacency means.
//
// An unweighted CsrGraph stores no weights, so only then the view owns a vector of unit weights
// (8 bytes per arc); structure arrays are never copied. The view borrows the graph: the CsrGraph
// must outlive it. Cost: O(1) for a weighted graph, O(m) to fill the unit weights otherwise.
#include <Eigen/SparseCore>
#include <cstdint>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet {

using SparseMatrixMap = Eigen::Map<const Eigen::SparseMatrix<double, Eigen::RowMajor, ArcIndex>>;

enum class Adjacency { out, in };  // in: the transpose (row v = arcs into v)

class EigenView {
 public:
  explicit EigenView(const CsrGraph& graph, Adjacency adjacency = Adjacency::out);

  // The Map points into the graph (and into unit_weights_), so a copy would dangle after the
  // original is gone; moving keeps the vector's buffer and therefore stays valid.
  EigenView(const EigenView&) = delete;
  EigenView& operator=(const EigenView&) = delete;
  EigenView(EigenView&&) noexcept = default;
  EigenView& operator=(EigenView&&) = delete;

  const SparseMatrixMap& matrix() const { return matrix_; }
  Adjacency adjacency() const { return adjacency_; }
  // True when the graph is unweighted and this view holds the unit weights itself.
  bool owns_unit_weights() const { return !unit_weights_.empty(); }

 private:
  Adjacency adjacency_;
  std::vector<double> unit_weights_;  // declared before matrix_: it is filled first
  SparseMatrixMap matrix_;
};

// The out-adjacency A and its transpose A^T, spelled as call sites read best.
inline EigenView adjacency_matrix(const CsrGraph& graph) {
  return EigenView(graph, Adjacency::out);
}
inline EigenView transposed_adjacency_matrix(const CsrGraph& graph) {
  return EigenView(graph, Adjacency::in);
}

}  // namespace innonet
