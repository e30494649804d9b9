#pragma once
// A graph distributed over the CombBLAS process grid.
//
// The matrix holds the in-adjacency: in_arcs(v, u) = 1 for each arc u -> v (an undirected edge is
// two arcs, a self-loop one), so a sparse matrix-vector product y = in_arcs · x sums, at each v,
// over the arcs into v: a pull sweep, as the single-machine kernels do. Parallel arcs are merged
// (unit weights: the unweighted graph, as `innonet rank` uses by default). CombBLAS cuts it into
// sqrt(P) x sqrt(P) blocks of about n/sqrt(P) rows and columns; each process keeps one block
// (doubly compressed sparse columns: 16 bytes per stored arc plus O(columns with an arc)).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dist/combblas.hpp"

namespace innonet::dist {

using Index = std::int64_t;
using Matrix = combblas::SpParMat<Index, double, combblas::SpDCCols<Index, double>>;
using DenseVector = combblas::FullyDistVec<Index, double>;
using IndexVector = combblas::FullyDistVec<Index, Index>;

// The arcs one process contributes (any process may hold any arc; building redistributes them).
struct LocalArcs {
  std::vector<Index> sources;
  std::vector<Index> targets;
};

struct DistGraph {
  std::shared_ptr<combblas::CommGrid> grid;
  std::shared_ptr<Matrix> in_arcs;
  Index num_nodes = 0;
  Index num_edges = 0;  // undirected: edges (each two arcs, a self-loop one); directed: arcs
  bool directed = false;
  std::string snapshot_path;  // where vertex labels (original ids) come from; empty: none
  bool has_original_ids = false;
};

// Builds the distributed matrix from every process's arcs (collective). `arcs` is emptied.
std::shared_ptr<Matrix> build_in_arcs(const std::shared_ptr<combblas::CommGrid>& grid,
                                      Index num_nodes, LocalArcs& arcs);

}  // namespace innonet::dist
