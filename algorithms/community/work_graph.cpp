#include "algorithms/community/work_graph.hpp"

#include <algorithm>
#include <numeric>

#include "algorithms/community/modularity.hpp"

namespace innonet::community::detail {
namespace {

// Calls emit(target, s) for every distinct neighbour u != v of v, in increasing order of u, with
// s = A_vu + A_uv; adds the self-loop weight to self. Rows may hold parallel arcs.
template <class Emit>
void symmetric_row(const CsrGraph& g, Vertex v, double& self, Emit&& emit) {
  const auto out = g.out_neighbors(v), in = g.in_neighbors(v);
  const auto out_w = g.out_weights(v), in_w = g.in_weights(v);
  const bool undirected = !g.is_directed();
  std::size_t i = 0, j = undirected ? in.size() : 0;  // undirected: the out row is the whole row
  while (i < out.size() || j < in.size()) {
    const Vertex u = (j >= in.size() || (i < out.size() && out[i] <= in[j])) ? out[i] : in[j];
    double s = 0.0;
    for (; i < out.size() && out[i] == u; ++i) s += out_w.empty() ? 1.0 : out_w[i];
    for (; j < in.size() && in[j] == u; ++j) s += in_w.empty() ? 1.0 : in_w[j];
    if (undirected) s *= 2.0;
    if (u == v) {
      // A directed loop appears in both rows: A_vv is half of what was summed.
      self += undirected ? s : s / 2.0;
    } else {
      emit(u, s);
    }
  }
}

double row_sum(std::span<const double> weights, std::int64_t degree) {
  return weights.empty() ? static_cast<double>(degree)
                         : std::accumulate(weights.begin(), weights.end(), 0.0);
}

}  // namespace

WorkGraph make_work_graph(const CsrGraph& g) {
  check_non_negative_weights(g);
  WorkGraph w;
  const Vertex n = w.num_nodes = g.num_nodes();
  w.directed = g.is_directed();
  w.offsets.assign(n + 1, 0);
  w.self_weight.assign(n, 0.0);
#pragma omp parallel for schedule(dynamic, 1024)
  for (Vertex v = 0; v < n; ++v) {
    double self = 0.0;
    std::int64_t count = 0;
    symmetric_row(g, v, self, [&](Vertex, double) { ++count; });
    w.offsets[v + 1] = count;
  }
  std::partial_sum(w.offsets.begin(), w.offsets.end(), w.offsets.begin());
  w.targets.resize(w.offsets[n]);
  w.weights.resize(w.offsets[n]);
  w.strength_out.assign(n, 0.0);
  w.strength_in.assign(n, 0.0);
  w.size.assign(n, 1.0);
#pragma omp parallel for schedule(dynamic, 1024)
  for (Vertex v = 0; v < n; ++v) {
    std::int64_t at = w.offsets[v];
    double self = 0.0;
    symmetric_row(g, v, self, [&](Vertex u, double s) {
      w.targets[at] = u;
      w.weights[at++] = s;
    });
    w.self_weight[v] = self;
    // Strengths: sums of A's row and column; an undirected loop counts twice, as in NetworkX.
    const double out = row_sum(g.out_weights(v), g.out_degree(v)) + (w.directed ? 0.0 : self / 2.0);
    const double in = w.directed ? row_sum(g.in_weights(v), g.in_degree(v)) : out;
    w.strength_out[v] = out;
    w.strength_in[v] = in;
  }
  for (Vertex v = 0; v < n; ++v) w.total_weight += w.strength_out[v];
  return w;
}

WorkGraph aggregate(const WorkGraph& g, std::span<const Vertex> membership,
                    Vertex num_communities) {
  const Vertex k = num_communities;
  // Members of each community, ascending (counting sort).
  std::vector<std::int64_t> first(k + 1, 0);
  for (Vertex v = 0; v < g.num_nodes; ++v) ++first[membership[v] + 1];
  std::partial_sum(first.begin(), first.end(), first.begin());
  std::vector<Vertex> members(g.num_nodes);
  {
    std::vector<std::int64_t> next(first.begin(), first.end() - 1);
    for (Vertex v = 0; v < g.num_nodes; ++v) members[next[membership[v]]++] = v;
  }
  WorkGraph a;
  a.num_nodes = k;
  a.directed = g.directed;
  a.total_weight = g.total_weight;
  a.offsets.assign(k + 1, 0);
  a.self_weight.assign(k, 0.0);
  a.strength_out.assign(k, 0.0);
  a.strength_in.assign(k, 0.0);
  a.size.assign(k, 0.0);
  // Pass 1 counts each community's distinct neighbours, pass 2 sums and writes the row.
  for (int pass = 0; pass < 2; ++pass) {
#pragma omp parallel
    {
      std::vector<double> acc(k, 0.0);
      std::vector<char> seen(k, 0);
      std::vector<Vertex> touched;
#pragma omp for schedule(dynamic, 64)
      for (Vertex c = 0; c < k; ++c) {
        double self = 0.0;
        for (std::int64_t p = first[c]; p < first[c + 1]; ++p) {
          const Vertex v = members[p];
          self += g.self_weight[v];
          for (std::int64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
            const Vertex d = membership[g.targets[e]];
            if (d == c) {
              self += g.weights[e] / 2.0;  // s(i,j) is seen from i and from j
              continue;
            }
            if (!seen[d]) {
              seen[d] = 1;
              touched.push_back(d);
            }
            acc[d] += g.weights[e];
          }
        }
        if (pass == 0) {
          a.offsets[c + 1] = std::ssize(touched);
        } else {
          std::sort(touched.begin(), touched.end());
          std::int64_t at = a.offsets[c];
          for (const Vertex d : touched) {
            a.targets[at] = d;
            a.weights[at++] = acc[d];
          }
          a.self_weight[c] = self;
          for (std::int64_t p = first[c]; p < first[c + 1]; ++p) {
            a.strength_out[c] += g.strength_out[members[p]];
            a.strength_in[c] += g.strength_in[members[p]];
            a.size[c] += g.size[members[p]];
          }
        }
        for (const Vertex d : touched) {
          seen[d] = 0;
          acc[d] = 0.0;
        }
        touched.clear();
      }
    }
    if (pass == 0) {
      std::partial_sum(a.offsets.begin(), a.offsets.end(), a.offsets.begin());
      a.targets.resize(a.offsets[k]);
      a.weights.resize(a.offsets[k]);
    }
  }
  return a;
}

}  // namespace innonet::community::detail
