#pragma once
// CsrGraph: the immutable compressed-sparse-row graph every kernel takes.
//
// Conventions (all kernels rely on them):
// - Vertices are 0..num_nodes()-1. Out-adjacency rows are sorted by target; in-adjacency rows are
//   sorted by source. With MergeRule::keep, parallel arcs to one target are ordered by weight.
// - Directed graph: arc u->v appears in u's out-row and in v's in-row.
// - Undirected graph: edge {u,v} is stored as two arcs, u->v and v->u; the in-adjacency *is* the
//   out-adjacency (same arrays, no copy). A self-loop {v,v} is stored once, as one arc v->v.
// - Weights are parallel to the adjacency arrays. An unweighted graph stores none: weighted() is
//   false and out_weights()/in_weights() return empty spans; kernels treat every weight as 1.
// - num_arcs() counts stored out-arcs; num_edges() counts the graph's edges (undirected: pairs).
// Memory: unweighted directed = 8 bytes per arc + 8 bytes per node (out + in rows, 32-bit ids);
// weights add 16 bytes per arc (out and in copies). See csr_build.hpp to make one.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/huge_array.hpp"
#include "engine/types.hpp"

namespace innonet {

enum class Direction { directed, undirected };

class CsrGraph {
 public:
  CsrGraph() = default;

  Vertex num_nodes() const { return num_nodes_; }
  std::int64_t num_arcs() const { return static_cast<std::int64_t>(out_targets_.size()); }
  std::int64_t num_edges() const { return num_edges_; }
  Direction direction() const { return direction_; }
  bool is_directed() const { return direction_ == Direction::directed; }
  bool is_weighted() const { return weighted_; }

  // Rows. For undirected graphs in_* returns the out row.
  std::span<const Vertex> out_neighbors(Vertex v) const {
    return {out_targets_.data() + out_offsets_[v], out_targets_.data() + out_offsets_[v + 1]};
  }
  std::span<const double> out_weights(Vertex v) const {
    if (out_weights_.empty()) return {};
    return {out_weights_.data() + out_offsets_[v], out_weights_.data() + out_offsets_[v + 1]};
  }
  std::span<const Vertex> in_neighbors(Vertex v) const {
    if (!is_directed()) return out_neighbors(v);
    return {in_sources_.data() + in_offsets_[v], in_sources_.data() + in_offsets_[v + 1]};
  }
  std::span<const double> in_weights(Vertex v) const {
    if (!is_directed()) return out_weights(v);
    if (in_weights_.empty()) return {};
    return {in_weights_.data() + in_offsets_[v], in_weights_.data() + in_offsets_[v + 1]};
  }
  ArcIndex out_degree(Vertex v) const { return out_offsets_[v + 1] - out_offsets_[v]; }
  ArcIndex in_degree(Vertex v) const {
    if (!is_directed()) return out_degree(v);
    return in_offsets_[v + 1] - in_offsets_[v];
  }
  // First arc of v's out-row: arc indices out_begin(v)..out_begin(v+1)-1 index the whole arrays.
  ArcIndex out_begin(Vertex v) const { return out_offsets_[v]; }
  ArcIndex in_begin(Vertex v) const { return is_directed() ? in_offsets_[v] : out_offsets_[v]; }

  // Whole arrays, for kernels that walk arcs directly and for the Eigen / BGL / snapshot views.
  std::span<const ArcIndex> out_offsets() const { return out_offsets_; }
  std::span<const Vertex> out_targets() const { return out_targets_; }
  std::span<const double> out_weight_array() const { return out_weights_; }
  std::span<const ArcIndex> in_offsets() const {
    return is_directed() ? std::span<const ArcIndex>(in_offsets_) : out_offsets();
  }
  std::span<const Vertex> in_sources() const {
    return is_directed() ? std::span<const Vertex>(in_sources_) : out_targets();
  }
  std::span<const double> in_weight_array() const {
    return is_directed() ? std::span<const double>(in_weights_) : out_weight_array();
  }

  // Map back to the property graph this was projected from (empty for generated graphs):
  // node_refs()[v] is the NodeRef of vertex v.
  std::span<const NodeRef> node_refs() const { return node_refs_; }

  // The same graph with its map back to the property graph attached (one NodeRef per vertex,
  // ascending). Consumes *this, so the adjacency is moved, never copied.
  CsrGraph with_node_refs(std::vector<NodeRef> refs) &&;

  // Position of arc u->v in the out arrays, or -1. O(log deg(u)) (rows are sorted).
  ArcIndex find_arc(Vertex u, Vertex v) const;

  // Bytes held by the arrays (for memory reports).
  std::int64_t memory_bytes() const;

  // Assemble from finished arrays, checking every CSR invariant (monotone offsets, ids in range,
  // sorted rows, weights parallel to targets, in-rows the transpose of out-rows). Used by the
  // builder and the binary snapshot reader; throws ValidationError naming the broken invariant.
  struct Arrays {
    Vertex num_nodes = 0;
    std::int64_t num_edges = 0;
    Direction direction = Direction::directed;
    bool weighted = false;
    HugeArray<ArcIndex> out_offsets;
    HugeArray<Vertex> out_targets;
    HugeArray<double> out_weights;
    HugeArray<ArcIndex> in_offsets;  // empty for undirected graphs
    HugeArray<Vertex> in_sources;
    HugeArray<double> in_weights;
    std::vector<NodeRef> node_refs;  // empty, or one per vertex
  };
  static CsrGraph from_arrays(Arrays arrays);
  // Same, without the O(m) transpose check (only for arrays this process just built itself).
  static CsrGraph from_trusted_arrays(Arrays arrays);

 private:
  Vertex num_nodes_ = 0;
  std::int64_t num_edges_ = 0;
  Direction direction_ = Direction::directed;
  bool weighted_ = false;
  HugeArray<ArcIndex> out_offsets_ = HugeArray<ArcIndex>(1, 0);
  HugeArray<Vertex> out_targets_;
  HugeArray<double> out_weights_;
  HugeArray<ArcIndex> in_offsets_;
  HugeArray<Vertex> in_sources_;
  HugeArray<double> in_weights_;
  std::vector<NodeRef> node_refs_;
};

}  // namespace innonet
