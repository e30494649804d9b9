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
#include <algorithm>
#include <cstdint>
#include <span>
#include <utility>
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

// Drops the vertices without arcs to others (self-loops aside) from g, in place, and returns the
// kept ones: node i of the new g is input vertex kept[i]. Such a vertex that starts alone ends
// alone whatever Louvain or Leiden do: every move scores it nothing under modularity and costs it
// under the CPM (ties stay), and no neighbour can join it. R-MAT 22 has 1.8M of them among 4.2M
// vertices, and every level carried them. A dropped vertex has no arcs, so every arc keeps its
// position: only the node arrays shrink and the targets are renamed. total_weight is kept.
// Returns an empty vector, leaving g alone, when no vertex or every vertex is isolated.
// O(n + m), parallel.
std::vector<Vertex> drop_isolated(WorkGraph& g);

// Runs pass(kept_membership) on the graph drop_isolated left, from `membership` restricted to the
// kept vertices (renumbered), and writes the result back with every dropped vertex alone; the
// whole is renumbered. With `kept` empty, runs pass(membership) as is. Returns what pass returns.
template <class Pass>
int run_on_kept(std::span<const Vertex> kept, std::vector<Vertex>& membership, Pass&& pass) {
  if (kept.empty()) return pass(membership);
  std::vector<Vertex> sub(kept.size()), renamed(membership.size(), -1);
  Vertex communities = 0;  // ids in order of first appearance: below kept.size()
  for (std::size_t i = 0; i < kept.size(); ++i) {
    Vertex& id = renamed[membership[kept[i]]];
    if (id < 0) id = communities++;
    sub[i] = id;
  }
  const int used = pass(sub);
  Vertex next = 0;
  for (const Vertex c : sub) next = std::max(next, c + 1);
  std::vector<char> is_kept(membership.size(), 0);
  for (std::size_t i = 0; i < kept.size(); ++i) {
    membership[kept[i]] = sub[i];
    is_kept[kept[i]] = 1;
  }
  for (std::size_t v = 0; v < membership.size(); ++v)
    if (!is_kept[v]) membership[v] = next++;
  renumber_communities(membership);
  return used;
}

// Contracts every community of `membership` (ids 0..num_communities-1) into one node. Rows are
// built in parallel, one community per task, each summed in a fixed order (members ascending,
// their rows in order) and listing its neighbours in the order first met, so the result does
// not depend on the thread count (sorting them bought nothing: no reader needs order). `spare`:
// a graph no longer needed, whose arrays are reused. Cost: O(n + m); memory: the arcs once, at
// their bound (each row is written at the sum of its members' degrees, then the rows are packed
// in place).
WorkGraph aggregate(const WorkGraph& g, std::span<const Vertex> membership, Vertex num_communities,
                    WorkGraph spare = {});

// The aggregated graphs of a multilevel run, one per level above the input (graphs[l] is level
// l + 1), all kept: the way back down moves every level's nodes again (descend.hpp). Kept from one
// pass to the next as well, each level's next aggregate reusing that level's arrays, so that only
// the first pass faults in fresh pages: on R-MAT 20 the first aggregate is ~350 MB, whose zeroing
// by the kernel cost more than filling it.
struct LevelGraphs {
  std::vector<WorkGraph> graphs;

  // Level `level`'s graph: the input's work graph at level 0.
  const WorkGraph& at(std::size_t level, const WorkGraph& base) const {
    return level == 0 ? base : graphs[level - 1];
  }

  // Aggregates level `level` (at(level, base)) by `membership` into level level + 1.
  const WorkGraph& aggregate_level(std::size_t level, const WorkGraph& base,
                                   std::span<const Vertex> membership, Vertex num_communities) {
    if (graphs.size() == level) graphs.emplace_back();  // before at(): it may move the graphs
    graphs[level] =
        aggregate(at(level, base), membership, num_communities, std::move(graphs[level]));
    return graphs[level];
  }
};

}  // namespace innonet::community::detail
