#include "algorithms/centrality/neighborhood.hpp"

#include "engine/parallel_error.hpp"

namespace innonet::centrality {
namespace {

struct Entry {
  Vertex u;
  double a_out, a_in;
};

// Merges v's sorted out- and in-rows into `out` (one entry per neighbour, self dropped).
void merge_rows(const CsrGraph& g, Vertex v, bool weighted, std::vector<Entry>& out) {
  out.clear();
  const auto push = [&](Vertex u, double a_out, double a_in) {
    if (u == v) return;
    if (!out.empty() && out.back().u == u) {
      out.back().a_out += a_out;
      out.back().a_in += a_in;
    } else {
      out.push_back({u, a_out, a_in});
    }
  };
  const auto on = g.out_neighbors(v), in = g.in_neighbors(v);
  const auto ow = g.out_weights(v), iw = g.in_weights(v);
  if (!g.is_directed()) {
    for (std::size_t i = 0; i < on.size(); ++i) {
      const double w = weighted ? ow[i] : 1.0;
      push(on[i], w, w);
    }
    return;
  }
  std::size_t i = 0, j = 0;
  while (i < on.size() || j < in.size()) {
    if (j == in.size() || (i < on.size() && on[i] <= in[j])) {
      push(on[i], weighted ? ow[i] : 1.0, 0.0);
      ++i;
    } else {
      push(in[j], 0.0, weighted ? iw[j] : 1.0);
      ++j;
    }
  }
}

}  // namespace

UnionNeighborhood::UnionNeighborhood(const CsrGraph& g, EdgeWeights weights) {
  const Vertex n = g.num_nodes();
  const bool weighted = reads_weights(g, weights);
  std::vector<std::int64_t> size(n + 1, 0);
  ParallelError error;  // an allocation failure inside a region, rethrown after it
#pragma omp parallel if (n > kParallelLight)
  {
    std::vector<Entry> entries;
#pragma omp for schedule(dynamic, 256)
    for (Vertex v = 0; v < n; ++v) {
      error.run([&] {
        merge_rows(g, v, weighted, entries);
        size[v + 1] = std::ssize(entries);
      });
    }
  }
  error.rethrow();
  offsets_.assign(n + 1, 0);
  for (Vertex v = 0; v < n; ++v) offsets_[v + 1] = offsets_[v] + size[v + 1];
  nbr_.resize(offsets_[n]);
  a_out_.resize(offsets_[n]);
  a_in_.resize(offsets_[n]);
#pragma omp parallel if (n > kParallelLight)
  {
    std::vector<Entry> entries;
#pragma omp for schedule(dynamic, 256)
    for (Vertex v = 0; v < n; ++v) {
      error.run([&] {
        merge_rows(g, v, weighted, entries);
        for (std::size_t k = 0; k < entries.size(); ++k) {
          nbr_[offsets_[v] + k] = entries[k].u;
          a_out_[offsets_[v] + k] = entries[k].a_out;
          a_in_[offsets_[v] + k] = entries[k].a_in;
        }
      });
    }
  }
  error.rethrow();
}

}  // namespace innonet::centrality
