#pragma once
// The graph the multilevel methods (Louvain, Leiden) move vertices on, and its aggregation.
// Everything is in "ordered" units, so one code path serves undirected and directed graphs:
// - adjacency holds s(i,j) = A_ij + A_ji for i != j (undirected: 2 w_ij), no duplicates, no
//   self-loops; rows of the input graph sorted, rows of aggregates in a fixed order (below);
// - self_weight[i] = A_ii (an undirected self-loop counts twice, as in NetworkX's degree);
// - strength_out / strength_in: row and column sums of A (equal when undirected);
// - size: how many input vertices a node stands for (the CPM's n_i);
// - total_weight W = sum of strength_out, kept unchanged through aggregation.
// Moving vertex v into community C then changes the quality (times W, modularity) by
// s(v, C) - null(v, C), see NullModel.
#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/community/partition.hpp"
#include "engine/csr_graph.hpp"
#include "engine/huge_array.hpp"

namespace innonet::community::detail {

struct WorkGraph {
  Vertex num_nodes = 0;
  std::vector<std::int64_t> offsets;  // num_nodes + 1
  HugeArray<Vertex> targets;          // HugeArray: filled in parallel, never zeroed first
  HugeArray<double> weights;
  std::vector<double> self_weight, strength_out, strength_in, size;
  double total_weight = 0.0;
  bool directed = false;
};

// The expected weight between two disjoint groups X and Y under the quality function's null
// model, in ordered units: modularity resolution * (Kout_X Kin_Y + Kin_X Kout_Y) / W; CPM
// 2 * resolution * n_X n_Y.
struct NullModel {
  QualityFunction function = QualityFunction::modularity;
  double resolution = 1.0;
  double total_weight = 1.0;

  double between(double out_x, double in_x, double size_x, double out_y, double in_y,
                 double size_y) const {
    if (function == QualityFunction::cpm) return 2.0 * resolution * size_x * size_y;
    return resolution * (out_x * in_y + in_x * out_y) / total_weight;
  }
};

// O(n + m), parallel over vertices. Throws std::invalid_argument naming `weights` if any is < 0.
WorkGraph make_work_graph(const CsrGraph& g);

// Contracts every community of `membership` (ids 0..num_communities-1) into one node. Rows are
// built in parallel, one community per task, each summed in a fixed order (members ascending,
// their rows in order) and listing its neighbours in the order first met, so the result does
// not depend on the thread count (sorting them bought nothing: no reader needs order). `spare`:
// a graph no longer needed, whose arrays are reused. Cost: O(n + m); memory: the arcs once, at
// their bound (each row is written at the sum of its members' degrees, then the rows are packed
// in place).
WorkGraph aggregate(const WorkGraph& g, std::span<const Vertex> membership, Vertex num_communities,
                    WorkGraph spare = {});

// The aggregated graphs of a multilevel run: the current level's, and a spare (the level before,
// or a graph left from the previous pass) whose arrays the next aggregate reuses. Kept for the
// whole run, so that only its first two aggregates fault in fresh pages: on R-MAT 20 each is
// ~350 MB, whose zeroing by the kernel cost more than filling it.
struct LevelGraphs {
  WorkGraph current, spare;

  // Aggregates g (the input's work graph, or `current`) into `current`.
  const WorkGraph& aggregate_into_current(const WorkGraph& g, std::span<const Vertex> membership,
                                          Vertex num_communities) {
    WorkGraph next = aggregate(g, membership, num_communities, std::move(spare));
    spare = std::move(current);
    current = std::move(next);
    return current;
  }
};

}  // namespace innonet::community::detail
