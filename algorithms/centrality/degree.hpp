#pragma once
// Degree and strength centrality, and Freeman's centralization of a whole network.
//
// Conventions (NetworkX's G.degree / G.in_degree / G.out_degree, weight=None or "weight"):
// - Scores are raw counts (EdgeWeights::ignore) or sums of arc weights, i.e. strength
//   (EdgeWeights::use on a weighted graph). For an undirected graph every mode is the degree, and
//   a self-loop counts twice, as in NetworkX. For a directed graph `total` = in + out.
// - Freeman (1979) centralization: C = Σ_i (c_max − c_i) / M, where M is the largest value the sum
//   can take on any graph with n nodes (reached by a star):
//     undirected degree            M = (n−1)(n−2)
//     directed in- or out-degree   M = (n−1)²          (a one-way star)
//     directed total degree        M = 2(n−1)(n−2)     (a two-way star)
//   For strength, M is multiplied by the largest arc weight w_max: the sum is linear in the
//   weights, so over weights in [0, w_max] it peaks at a 0/w_max graph, where Freeman's bound
//   applies. C is 0 for n < 3 (the bound is 0 there) and for a graph without arcs.
// Cost: O(n + m) (O(n log d) for undirected self-loop lookups).
#include <span>
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

enum class DegreeMode { in, out, total };

struct DegreeOptions {
  DegreeMode mode = DegreeMode::total;
  EdgeWeights weights = EdgeWeights::ignore;  // use: strength
};

struct DegreeResult {
  std::vector<double> score;        // indexed by Vertex
  double centralization = 0.0;      // Freeman, in [0, 1]
  double centralization_max = 0.0;  // M above
};

DegreeResult degree_centrality(const CsrGraph& g, const DegreeOptions& options = {});

}  // namespace innonet::centrality
