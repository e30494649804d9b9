#include "algorithms/community/work_graph.hpp"

#include <omp.h>

#include <algorithm>
#include <numeric>
#include <optional>
#include <utility>

#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/modularity.hpp"
#include "algorithms/community/neighbor_weights.hpp"
#include "engine/parallel_error.hpp"

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

std::vector<Vertex> drop_isolated(WorkGraph& g) {
  const Vertex n = g.num_nodes;
  std::vector<Vertex> kept;
  for (Vertex v = 0; v < n; ++v)
    if (g.offsets[v + 1] > g.offsets[v]) kept.push_back(v);
  if (kept.empty() || std::ssize(kept) == n) return {};
  std::vector<Vertex> renamed(n, -1);
  for (std::size_t i = 0; i < kept.size(); ++i) renamed[kept[i]] = static_cast<Vertex>(i);
  const std::int64_t m = g.offsets[n];
#pragma omp parallel for schedule(static)
  for (std::int64_t e = 0; e < m; ++e) g.targets[e] = renamed[g.targets[e]];
  // kept is ascending, so node i's fields move to i <= kept[i]: left to right overwrites nothing
  // not yet read. Node i's row starts where kept[i]'s did.
  const auto k = static_cast<Vertex>(kept.size());
  for (Vertex i = 0; i < k; ++i) {
    const Vertex v = kept[i];
    g.offsets[i] = g.offsets[v];
    g.self_weight[i] = g.self_weight[v];
    g.strength_out[i] = g.strength_out[v];
    g.strength_in[i] = g.strength_in[v];
    g.size[i] = g.size[v];
  }
  g.offsets[k] = m;
  g.num_nodes = k;
  g.offsets.resize(k + 1);
  for (auto* field : {&g.self_weight, &g.strength_out, &g.strength_in, &g.size}) field->resize(k);
  return kept;
}

namespace {

// An aggregate of k nodes, zeroed, in the arrays of `spare` (a graph no longer needed): reused
// arrays keep their pages, where new ones of this size are faulted in and zeroed by the kernel
// (on this project's benchmark VM, 2 s of a 20 s Leiden run on R-MAT 20 went to that).
WorkGraph empty_aggregate(const WorkGraph& g, Vertex k, WorkGraph spare) {
  WorkGraph a = std::move(spare);
  a.num_nodes = k;
  a.directed = g.directed;
  a.total_weight = g.total_weight;
  a.offsets.assign(k + 1, 0);
  a.self_weight.assign(k, 0.0);
  a.strength_out.assign(k, 0.0);
  a.strength_in.assign(k, 0.0);
  a.size.assign(k, 0.0);
  return a;
}

// Sums the arcs leaving community c's members into `to` by the community at their other end;
// returns the weight inside c (each internal edge is seen from both ends, hence the halves).
double gather_row(const WorkGraph& g, std::span<const Vertex> membership, const CommunityMembers& m,
                  Vertex c, NeighborWeights& to) {
  std::int64_t arcs = 0;
  for (std::int64_t p = m.first[c]; p < m.first[c + 1]; ++p)
    arcs += g.offsets[m.members[p] + 1] - g.offsets[m.members[p]];
  to.prepare(arcs);
  double self = 0.0;
  for (std::int64_t p = m.first[c]; p < m.first[c + 1]; ++p) {
    const Vertex v = m.members[p];
    self += g.self_weight[v];
    for (std::int64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const Vertex d = membership[g.targets[e]];
      if (d == c)
        self += g.weights[e] / 2.0;
      else
        to.add(d, g.weights[e]);
    }
  }
  return self;
}

// Community c's row, in the order gather_row first met its neighbours (a fixed order: members
// ascending, their rows in order), written at `targets` / `weights` (room for every arc of its
// members); its totals into a. Returns the row's length.
std::int64_t write_row(const WorkGraph& g, const CommunityMembers& m, Vertex c, double self,
                       const NeighborWeights& to, Vertex* targets, double* weights, WorkGraph& a) {
  const auto length = static_cast<std::int64_t>(to.touched.size());
  std::copy_n(to.touched.begin(), length, targets);
  std::copy_n(to.weight.begin(), length, weights);
  a.self_weight[c] = self;
  for (std::int64_t p = m.first[c]; p < m.first[c + 1]; ++p) {
    a.strength_out[c] += g.strength_out[m.members[p]];
    a.strength_in[c] += g.strength_in[m.members[p]];
    a.size[c] += g.size[m.members[p]];
  }
  return length;
}

// Makes `array` n long, reusing its room when there is enough: never a copy of old contents.
template <class Array>
void resize_for_overwrite(Array& array, std::int64_t n) {
  if (static_cast<std::int64_t>(array.capacity()) < n) Array().swap(array);
  array.resize(static_cast<std::size_t>(n));
}

}  // namespace

// Each community's row is gathered and written at its bound (the arcs of its members, a prefix
// over the communities); the rows are then moved left into place, in community order (a row's
// place never reaches past its bound, so nothing is overwritten before it is read), and the
// arrays are cut to size (keeping their room, for the next reuse). Nothing depends on the thread
// count. (Per-thread buffers grown by push_back and then copied into place cost twice the copies
// and, on fresh pages, most of the time.)
WorkGraph aggregate(const WorkGraph& g, std::span<const Vertex> membership, Vertex num_communities,
                    WorkGraph spare) {
  const Vertex k = num_communities;
  const CommunityMembers m = group_members(membership, k);
  WorkGraph a = empty_aggregate(g, k, std::move(spare));
  const std::vector<std::int64_t> arcs = member_arcs(g, m);
  std::vector<std::int64_t> bound(static_cast<std::size_t>(k) + 1, 0);
  std::partial_sum(arcs.begin(), arcs.end(), bound.begin() + 1);
  resize_for_overwrite(a.targets, bound[k]);
  resize_for_overwrite(a.weights, bound[k]);
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel
  {
    std::optional<NeighborWeights> to;
    error.run([&] { to.emplace(k); });
#pragma omp for schedule(dynamic, 256)
    for (Vertex c = 0; c < k; ++c) {
      error.run([&] {
        const double self = gather_row(g, membership, m, c, *to);
        a.offsets[c + 1] = write_row(g, m, c, self, *to, a.targets.data() + bound[c],
                                     a.weights.data() + bound[c], a);
        to->clear();
      });
    }
  }
  error.rethrow();
  std::partial_sum(a.offsets.begin(), a.offsets.end(), a.offsets.begin());
  for (Vertex c = 0; c < k; ++c) {
    if (a.offsets[c] == bound[c]) continue;
    const std::int64_t length = a.offsets[c + 1] - a.offsets[c];
    std::copy_n(a.targets.begin() + bound[c], length, a.targets.begin() + a.offsets[c]);
    std::copy_n(a.weights.begin() + bound[c], length, a.weights.begin() + a.offsets[c]);
  }
  a.targets.resize(a.offsets[k]);
  a.weights.resize(a.offsets[k]);
  return a;
}

}  // namespace innonet::community::detail
