#pragma once
// Gomory–Hu cut tree of an undirected capacitated graph by Gusfield's algorithm ("Very simple
// methods for all pairs network flow analysis", SIAM J. Comput. 1990): n - 1 maximum flows on
// the original graph, no contractions. For every pair u, v the minimum u–v cut value equals the
// smallest cut_value on the tree path between them, and the tree edge achieving it names a
// minimum cut (the two sides of the tree once that edge is removed).
// Each flow is phase 1 of max_flow (push–relabel, push_relabel.hpp) on one residual network
// built once; the cut side is "cannot reach the sink in the residual network". Serial.
// Cost: n - 1 max-flow computations; O(n^2) for all_pairs_min_cut.
#include <cstdint>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::flow {

struct GomoryHuTree {
  std::vector<Vertex> parent;     // tree edge v – parent[v]; kNoVertex at the root (vertex 0)
  std::vector<double> cut_value;  // capacity of the minimum cut the edge v – parent[v] stands for
  std::int64_t max_flow_runs = 0;
};

// Throws std::invalid_argument naming 'graph' for a directed graph and 'capacity' for a
// negative or non-finite weight.
GomoryHuTree gomory_hu(const CsrGraph& g);

// Minimum u–v cut value read off the tree: O(n). u == v gives +inf.
double min_cut_value(const GomoryHuTree& tree, Vertex u, Vertex v);

// All pairs at once, n*n row-major (diagonal +inf): one tree walk per vertex, O(n^2).
std::vector<double> all_pairs_min_cut(const GomoryHuTree& tree);

}  // namespace innonet::flow
