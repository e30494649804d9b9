#pragma once
// The single-source step of Brandes' algorithm, shared by betweenness, edge betweenness,
// closeness and harmonic centrality: the shortest-path DAG from one source (hop counts by BFS, or
// weighted lengths by Dijkstra) with path counts σ, then the dependency accumulation in reverse
// settle order. One object per thread, sized once: no allocation per source.
//
// Ties under weights: two path lengths a and b are equal when |a − b| <= tie_tolerance · max(a, b)
// (relative), so 0.1 + 0.2 and 0.3 are one length. NetworkX compares exactly and splits such
// paths. Weights must be > 0 (checked by the callers).
// Dependencies without predecessor lists: x is a DAG successor of w when level[x] = level[w] + 1
// (BFS) or, under weights, x settled after w and dist[w] + w(w,x) ties dist[x]. The accumulation
// keeps c[x] = (1 + δ[x]) / σ[x] so that δ[w] = σ[w] · Σ_succ c[x].
#include <cstdint>
#include <limits>
#include <span>
#include <utility>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::centrality {

enum class PathLength { hops, weighted };
enum class Traverse { out_arcs, in_arcs };  // in_arcs: distances *to* the source

class ShortestPathDag {
 public:
  explicit ShortestPathDag(Vertex n);

  // Runs the search from s; the previous search is cleared first (cost of the previous one).
  void search(const CsrGraph& g, Vertex s, PathLength length, Traverse traverse,
              double tie_tolerance);

  std::span<const Vertex> order() const { return {order_.data(), order_.data() + size_}; }
  double distance(Vertex v) const { return weighted_ ? dist_[v] : level_[v]; }
  double sigma(Vertex v) const { return sigma_[v]; }

  // Brandes' backward pass over out-arcs (betweenness uses Traverse::out_arcs).
  // on_vertex(w, δ[w]) for every reached w in reverse settle order, the source last (δ = 0);
  // on_arc(e, share) for every DAG arc w→x (e = its index in the out arrays).
  template <class OnVertex, class OnArc>
  void accumulate(const CsrGraph& g, OnVertex&& on_vertex, OnArc&& on_arc);

 private:
  void bfs(const CsrGraph& g, Vertex s, Traverse traverse);
  void dijkstra(const CsrGraph& g, Vertex s, Traverse traverse);
  void clear();
  bool ties(double a, double b) const {
    const double scale = a > b ? a : b;
    return (a > b ? a - b : b - a) <= tie_tolerance_ * scale;
  }

  bool weighted_ = false;
  double tie_tolerance_ = 0.0;
  std::vector<std::int32_t> level_;  // BFS level, or settle index under weights; -1: unreached
  std::vector<double> dist_;         // weighted lengths (+inf: unreached)
  std::vector<double> sigma_;        // number of shortest paths from the source
  std::vector<double> coef_;         // (1 + δ) / σ during accumulation
  std::vector<Vertex> order_;        // settle order; the first size_ entries are valid
  std::int64_t size_ = 0;
  std::vector<std::pair<double, Vertex>> heap_;
};

template <class OnVertex, class OnArc>
void ShortestPathDag::accumulate(const CsrGraph& g, OnVertex&& on_vertex, OnArc&& on_arc) {
  const auto offsets = g.out_offsets();
  const auto targets = g.out_targets();
  const auto weights = g.out_weight_array();
  for (std::int64_t i = size_ - 1; i >= 0; --i) {
    const Vertex w = order_[i];
    const double sigma_w = sigma_[w];
    double sum = 0.0;
    if (!weighted_) {
      const std::int32_t next = level_[w] + 1;
      for (ArcIndex e = offsets[w]; e < offsets[w + 1]; ++e) {
        const Vertex x = targets[e];
        if (level_[x] != next) continue;
        sum += coef_[x];
        on_arc(e, sigma_w * coef_[x]);
      }
    } else {
      const double dw = dist_[w];
      for (ArcIndex e = offsets[w]; e < offsets[w + 1]; ++e) {
        const Vertex x = targets[e];
        if (level_[x] <= level_[w] || !ties(dw + weights[e], dist_[x])) continue;
        sum += coef_[x];
        on_arc(e, sigma_w * coef_[x]);
      }
    }
    const double delta_w = sigma_w * sum;
    on_vertex(w, delta_w);
    coef_[w] = (1.0 + delta_w) / sigma_w;
  }
}

}  // namespace innonet::centrality
