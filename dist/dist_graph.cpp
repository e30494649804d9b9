#include "dist/dist_graph.hpp"

namespace innonet::dist {

std::shared_ptr<Matrix> build_in_arcs(const std::shared_ptr<combblas::CommGrid>& grid,
                                      Index num_nodes, LocalArcs& arcs) {
  // The matrix is indexed (row = target, column = source). CombBLAS balances the two index
  // vectors over the processes, then sends each pair to the owner of its block; repeated pairs
  // are merged by maximum (SumDuplicates = false), so every stored value is 1.
  std::vector<Index> rows;
  std::vector<Index> columns;
  rows.swap(arcs.targets);
  columns.swap(arcs.sources);
  const IndexVector row_vector(rows, grid);
  const IndexVector column_vector(columns, grid);
  std::vector<Index>().swap(rows);
  std::vector<Index>().swap(columns);
  return std::make_shared<Matrix>(num_nodes, num_nodes, row_vector, column_vector, 1.0, false);
}

}  // namespace innonet::dist
