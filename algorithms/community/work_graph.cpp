#include "algorithms/community/work_graph.hpp"

#include <omp.h>

#include <algorithm>
#include <bit>
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

namespace {

WorkGraph empty_aggregate(const WorkGraph& g, Vertex k) {
  WorkGraph a;
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

// Community c's row, neighbours ascending, written at `at` (room for every arc of its members);
// its totals into a. Returns the row's length. Short rows are sorted as (target, weight) pairs
// (sequential reads, unlike an index permutation); a long row, such as an R-MAT hub's, whose
// sort would cost more than a scan of k bits, is marked in a bitmap of the communities and read
// back in order instead: O(k/64 + length).
struct RowScratch {
  std::vector<std::pair<Vertex, double>> pairs;
  std::vector<std::uint64_t> bits;  // one per community; all clear between rows
};

std::int64_t write_row(const WorkGraph& g, const CommunityMembers& m, Vertex c, double self,
                       const NeighborWeights& to, RowScratch& scratch, Vertex* targets,
                       double* weights, Vertex k, WorkGraph& a) {
  const auto length = static_cast<std::int64_t>(to.touched.size());
  const std::int64_t words = (static_cast<std::int64_t>(k) + 63) / 64;
  const auto log_length =
      static_cast<std::int64_t>(std::bit_width(static_cast<std::uint64_t>(length)));
  if (length * log_length <= 2 * words) {
    auto& pairs = scratch.pairs;
    pairs.resize(length);
    for (std::int64_t i = 0; i < length; ++i) pairs[i] = {to.touched[i], to.weight[i]};
    std::sort(pairs.begin(), pairs.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    for (std::int64_t i = 0; i < length; ++i) {
      targets[i] = pairs[i].first;
      weights[i] = pairs[i].second;
    }
  } else {
    auto& bits = scratch.bits;
    if (std::ssize(bits) < words) bits.assign(words, 0);
    for (const Vertex d : to.touched) bits[d >> 6] |= std::uint64_t{1} << (d & 63);
    std::int64_t i = 0;
    for (std::int64_t w = 0; w < words; ++w)
      for (std::uint64_t word = bits[w]; word != 0; word &= word - 1) {
        const auto d = static_cast<Vertex>(w * 64 + std::countr_zero(word));
        targets[i] = d;
        weights[i++] = to.weight_to(d);
      }
    for (const Vertex d : to.touched) bits[d >> 6] = 0;
  }
  a.self_weight[c] = self;
  for (std::int64_t p = m.first[c]; p < m.first[c + 1]; ++p) {
    a.strength_out[c] += g.strength_out[m.members[p]];
    a.strength_in[c] += g.strength_in[m.members[p]];
    a.size[c] += g.size[m.members[p]];
  }
  return length;
}

}  // namespace

// Each community's row is gathered, sorted and written at its bound (the arcs of its members,
// a prefix over the communities); the rows are then moved left into place, in community order
// (a row's place never reaches past its bound, so nothing is overwritten before it is read), and
// the arrays are cut to size, or copied to fit when the bound was over twice the need. Nothing
// depends on the thread count. (Per-thread buffers grown by push_back and then copied into place
// cost twice the copies and, on fresh pages, most of the time.)
WorkGraph aggregate(const WorkGraph& g, std::span<const Vertex> membership,
                    Vertex num_communities) {
  const Vertex k = num_communities;
  const CommunityMembers m = group_members(membership, k);
  WorkGraph a = empty_aggregate(g, k);
  std::vector<std::int64_t> bound(static_cast<std::size_t>(k) + 1, 0);
#pragma omp parallel for schedule(static)
  for (Vertex c = 0; c < k; ++c) {
    std::int64_t arcs = 0;
    for (std::int64_t p = m.first[c]; p < m.first[c + 1]; ++p)
      arcs += g.offsets[m.members[p] + 1] - g.offsets[m.members[p]];
    bound[c + 1] = arcs;
  }
  std::partial_sum(bound.begin(), bound.end(), bound.begin());
  a.targets.resize(bound[k]);
  a.weights.resize(bound[k]);
  ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel
  {
    std::optional<NeighborWeights> to;
    RowScratch scratch;
    error.run([&] { to.emplace(k); });
#pragma omp for schedule(dynamic, 256)
    for (Vertex c = 0; c < k; ++c) {
      error.run([&] {
        const double self = gather_row(g, membership, m, c, *to);
        a.offsets[c + 1] = write_row(g, m, c, self, *to, scratch, a.targets.data() + bound[c],
                                     a.weights.data() + bound[c], k, a);
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
  if (2 * a.offsets[k] < bound[k]) {
    a.targets.shrink_to_fit();
    a.weights.shrink_to_fit();
  }
  return a;
}

}  // namespace innonet::community::detail
