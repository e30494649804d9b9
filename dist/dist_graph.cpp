#include "dist/dist_graph.hpp"

#include <algorithm>
#include <tuple>

namespace innonet::dist {

std::shared_ptr<Matrix> build_in_arcs(const std::shared_ptr<combblas::CommGrid>& grid,
                                      Index num_nodes, LocalArcs& arcs) {
  // Each arc goes straight to the process owning its block, as (row = target, column = source)
  // in that block's local indices; SparseCommon exchanges them (one all-to-all) and merges
  // repeated pairs by maximum, so every stored value is 1. The owner rule is CombBLAS's own
  // (SpParMat::Owner): blocks of n/sqrt(P) rows and columns, the last row and column of
  // processes taking the remainder. (The matrix constructor from index vectors is not used: in
  // 1.6.2 it redistributes unevenly sized vectors from an empty buffer and crashes.)
  const int grid_rows = grid->GetGridRows();
  const int grid_columns = grid->GetGridCols();
  const Index rows_per_block = num_nodes / grid_rows;
  const Index columns_per_block = num_nodes / grid_columns;
  const auto block_of = [](Index i, Index per_block, int blocks) {
    return per_block == 0 ? blocks - 1
                          : static_cast<int>(std::min<Index>(i / per_block, blocks - 1));
  };
  std::vector<std::vector<std::tuple<Index, Index, double>>> by_owner(
      static_cast<std::size_t>(grid->GetSize()));
  for (std::size_t a = 0; a < arcs.sources.size(); ++a) {
    const Index row = arcs.targets[a], column = arcs.sources[a];
    const int block_row = block_of(row, rows_per_block, grid_rows);
    const int block_column = block_of(column, columns_per_block, grid_columns);
    by_owner[static_cast<std::size_t>(grid->GetRank(block_row, block_column))].emplace_back(
        row - block_row * rows_per_block, column - block_column * columns_per_block, 1.0);
  }
  const auto count = static_cast<Index>(arcs.sources.size());
  std::vector<Index>().swap(arcs.sources);
  std::vector<Index>().swap(arcs.targets);
  auto matrix = std::make_shared<Matrix>(grid);
  matrix->SparseCommon(by_owner, count, num_nodes, num_nodes, combblas::maximum<double>());
  return matrix;
}

}  // namespace innonet::dist
