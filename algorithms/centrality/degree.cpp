#include "algorithms/centrality/degree.hpp"

#include <algorithm>

#include "algorithms/centrality/centralization.hpp"

namespace innonet::centrality {
namespace {

// Sum of a row's weights (or its length), plus the self-loop once more for undirected graphs.
double row_score(const CsrGraph& g, Vertex v, std::span<const Vertex> row,
                 std::span<const double> w, bool weighted) {
  double score = 0.0;
  if (weighted) {
    for (const double x : w) score += x;
  } else {
    score = static_cast<double>(row.size());
  }
  if (!g.is_directed()) {
    const auto it = std::lower_bound(row.begin(), row.end(), v);
    for (auto p = it; p != row.end() && *p == v; ++p) score += weighted ? w[p - row.begin()] : 1.0;
  }
  return score;
}

double star_bound(const CsrGraph& g, DegreeMode mode) {
  const double n = g.num_nodes();
  if (n < 3) return 0.0;
  if (!g.is_directed()) return (n - 1) * (n - 2);
  return mode == DegreeMode::total ? 2 * (n - 1) * (n - 2) : (n - 1) * (n - 1);
}

}  // namespace

DegreeResult degree_centrality(const CsrGraph& g, const DegreeOptions& options) {
  const bool weighted = reads_weights(g, options.weights);
  const Vertex n = g.num_nodes();
  DegreeResult result;
  result.score.assign(n, 0.0);
  const bool want_out = options.mode != DegreeMode::in || !g.is_directed();
  const bool want_in = options.mode != DegreeMode::out && g.is_directed();
#pragma omp parallel for schedule(static) if (n > kParallelLight)
  for (Vertex v = 0; v < n; ++v) {
    double s = 0.0;
    if (want_out) s += row_score(g, v, g.out_neighbors(v), g.out_weights(v), weighted);
    if (want_in) s += row_score(g, v, g.in_neighbors(v), g.in_weights(v), weighted);
    result.score[v] = s;
  }
  double w_max = 1.0;
  if (weighted) {
    const auto w = g.out_weight_array();
    w_max = w.empty() ? 0.0 : *std::max_element(w.begin(), w.end());
  }
  result.centralization_max = star_bound(g, options.mode) * w_max;
  result.centralization = freeman_centralization(result.score, result.centralization_max);
  return result;
}

}  // namespace innonet::centrality
