#include "algorithms/structure/undirected_view.hpp"

#include <numeric>

#include "algorithms/structure/parallel_threshold.hpp"

namespace innonet::structure {

namespace {

// Walks the merged, sorted neighbour list of v (out-row, plus in-row for directed graphs) and
// calls visit(neighbour, multiplicity) once per distinct neighbour other than v.
template <class Visit>
void for_each_distinct(const CsrGraph& g, Vertex v, Visit&& visit) {
  const auto out = g.out_neighbors(v);
  const auto in = g.is_directed() ? g.in_neighbors(v) : std::span<const Vertex>{};
  std::size_t i = 0, j = 0;
  while (i < out.size() || j < in.size()) {
    const bool take_out = j == in.size() || (i < out.size() && out[i] <= in[j]);
    const Vertex w = take_out ? out[i] : in[j];
    std::int32_t count = 0;
    while (i < out.size() && out[i] == w) ++i, ++count;
    while (j < in.size() && in[j] == w) ++j;
    if (w == v) continue;
    // Directed: one undirected edge whatever arcs exist (G.to_undirected()).
    visit(w, g.is_directed() ? 1 : count);
  }
}

}  // namespace

UndirectedView::UndirectedView(const CsrGraph& g) {
  const std::int64_t n = g.num_nodes();
  const bool parallel = worth_parallel(g);
  offsets_.assign(n + 1, 0);
#pragma omp parallel for schedule(dynamic, 4096) if (parallel)
  for (std::int64_t v = 0; v < n; ++v) {
    std::int64_t count = 0;
    for_each_distinct(g, static_cast<Vertex>(v), [&](Vertex, std::int32_t) { ++count; });
    offsets_[v + 1] = count;
  }
  std::partial_sum(offsets_.begin(), offsets_.end(), offsets_.begin());
  targets_.resize(offsets_[n]);
  multiplicity_.resize(offsets_[n]);
#pragma omp parallel for schedule(dynamic, 4096) if (parallel)
  for (std::int64_t v = 0; v < n; ++v) {
    std::int64_t out = offsets_[v];
    for_each_distinct(g, static_cast<Vertex>(v), [&](Vertex w, std::int32_t count) {
      targets_[out] = w;
      multiplicity_[out++] = count;
    });
  }
}

}  // namespace innonet::structure
