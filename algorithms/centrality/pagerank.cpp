#include "algorithms/centrality/pagerank.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "engine/huge_array.hpp"

namespace innonet::centrality {
namespace {

void check_options(const CsrGraph& g, const PageRankOptions& o) {
  if (!(o.damping >= 0.0 && o.damping < 1.0))
    throw std::invalid_argument("damping: must be in [0, 1)");
  if (o.max_iterations < 1) throw std::invalid_argument("max_iterations: must be >= 1");
  if (!o.teleport.empty()) {
    if (std::ssize(o.teleport) != g.num_nodes())
      throw std::invalid_argument("teleport: needs one value per node");
    double sum = 0.0;
    for (const double t : o.teleport) {
      if (!(t >= 0.0) || !std::isfinite(t))
        throw std::invalid_argument("teleport: values must be finite and >= 0");
      sum += t;
    }
    if (!(sum > 0.0)) throw std::invalid_argument("teleport: values sum to 0");
  }
  check_weights(g, o.weights, ZeroWeights::allowed, "weights");
}

// Above this many vertices the contribution vector outgrows the caches (8 MiB of doubles), and
// the sweep's random gathers over it, not the streaming of the adjacency, set its speed.
inline constexpr Vertex kRelabelAbove = Vertex{1} << 19;

// The arrays one sweep reads. inv_out[u] = 1/s(u), 0 for dangling u; coeff (weighted only) holds
// w(u,v)/s(u) parallel to the in-adjacency. On large graphs the contribution vector is stored in
// a different order: slot[u] is u's position there, by out-degree descending, so the few sources
// most arcs come from (power-law graphs) share a small, cache-resident block; gather[e] is
// slot[in_sources[e]]. Rows and their summation order stay as they are, so the scores are the
// same bits either way.
struct Operator {
  HugeArray<double> inv_out;
  HugeArray<double> coeff;
  std::vector<double> teleport;  // empty: uniform
  HugeArray<Vertex> slot;        // empty: identity
  HugeArray<Vertex> gather;      // empty: in_sources
};

// Positions by out-degree descending, ties in vertex order (a counting sort: deterministic).
HugeArray<Vertex> slots_by_out_degree(const CsrGraph& g) {
  const Vertex n = g.num_nodes();
  Vertex max_degree = 0;
  for (Vertex u = 0; u < n; ++u) max_degree = std::max(max_degree, g.out_degree(u));
  std::vector<Vertex> first(static_cast<std::size_t>(max_degree) + 2, 0);
  for (Vertex u = 0; u < n; ++u) ++first[max_degree - g.out_degree(u) + 1];
  std::partial_sum(first.begin(), first.end(), first.begin());
  HugeArray<Vertex> slot(n);
  for (Vertex u = 0; u < n; ++u) slot[u] = first[max_degree - g.out_degree(u)]++;
  return slot;
}

void relabel_sources(const CsrGraph& g, Operator& op) {
  op.slot = slots_by_out_degree(g);
  const auto sources = g.in_sources();
  op.gather.resize(sources.size());
  const auto arcs = std::ssize(sources);
#pragma omp parallel for schedule(static)
  for (std::int64_t e = 0; e < arcs; ++e) op.gather[e] = op.slot[sources[e]];
}

Operator make_operator(const CsrGraph& g, const PageRankOptions& o) {
  const Vertex n = g.num_nodes();
  const bool weighted = reads_weights(g, o.weights);
  Operator op;
  op.inv_out.resize(n);
#pragma omp parallel for schedule(static) if (n > kParallelLight)
  for (Vertex u = 0; u < n; ++u) {
    double s = static_cast<double>(g.out_degree(u));
    if (weighted) {
      s = 0.0;
      for (const double w : g.out_weights(u)) s += w;
    }
    op.inv_out[u] = s > 0.0 ? 1.0 / s : 0.0;
  }
  if (weighted) {
    const auto offsets = g.in_offsets();
    const auto sources = g.in_sources();
    const auto weights = g.in_weight_array();
    op.coeff.resize(sources.size());
#pragma omp parallel for schedule(static) if (n > kParallelLight)
    for (Vertex v = 0; v < n; ++v)
      for (ArcIndex e = offsets[v]; e < offsets[v + 1]; ++e)
        op.coeff[e] = weights[e] * op.inv_out[sources[e]];
  }
  if (!o.teleport.empty()) {
    const double sum = std::accumulate(o.teleport.begin(), o.teleport.end(), 0.0);
    op.teleport.resize(n);
    for (Vertex v = 0; v < n; ++v) op.teleport[v] = o.teleport[v] / sum;
  }
  if (n > kRelabelAbove) relabel_sources(g, op);
  return op;
}

// Σ c[sources[e]] (· coeff[e]) over [begin, end), with four interleaved partial sums so the adds
// do not wait on each other; a fixed pattern per row, so still independent of the thread count.
inline double gather_sum(std::span<const Vertex> sources, std::span<const double> c, ArcIndex begin,
                         ArcIndex end, std::span<const double> coeff = {}) {
  double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
  ArcIndex e = begin;
  if (coeff.empty()) {
    for (; e + 4 <= end; e += 4) {
      s0 += c[sources[e]];
      s1 += c[sources[e + 1]];
      s2 += c[sources[e + 2]];
      s3 += c[sources[e + 3]];
    }
    for (; e < end; ++e) s0 += c[sources[e]];
  } else {
    for (; e + 4 <= end; e += 4) {
      s0 += c[sources[e]] * coeff[e];
      s1 += c[sources[e + 1]] * coeff[e + 1];
      s2 += c[sources[e + 2]] * coeff[e + 2];
      s3 += c[sources[e + 3]] * coeff[e + 3];
    }
    for (; e < end; ++e) s0 += c[sources[e]] * coeff[e];
  }
  return (s0 + s1) + (s2 + s3);
}

struct SweepTotals {
  double change_l1 = 0.0;
  double dangling = 0.0;
};

// One sweep. Unweighted: gathers c[u] = x[u]/s(u); weighted: c is x itself, times coeff.
SweepTotals sweep(const CsrGraph& g, const Operator& op, double damping, double dangling,
                  std::span<const double> x, std::span<const double> c, std::span<double> x_next,
                  std::span<double> c_next) {
  const Vertex n = g.num_nodes();
  const auto offsets = g.in_offsets();
  const std::span<const Vertex> sources =
      op.gather.empty() ? g.in_sources() : std::span<const Vertex>(op.gather);
  const bool weighted = !op.coeff.empty();
  const bool relabelled = !op.slot.empty();
  const double base = damping * dangling + (1.0 - damping);
  const double uniform = 1.0 / n;
  const std::int64_t blocks = block_count(n);
  std::vector<SweepTotals> partial(blocks);
#pragma omp parallel for schedule(dynamic, 1) if (blocks > 1)
  for (std::int64_t b = 0; b < blocks; ++b) {
    SweepTotals t;
    const Vertex end = static_cast<Vertex>(std::min<std::int64_t>(n, (b + 1) * kReduceBlock));
    for (Vertex v = static_cast<Vertex>(b * kReduceBlock); v < end; ++v) {
      const double sum = weighted ? gather_sum(sources, c, offsets[v], offsets[v + 1], op.coeff)
                                  : gather_sum(sources, c, offsets[v], offsets[v + 1]);
      const double p = op.teleport.empty() ? uniform : op.teleport[v];
      const double next = damping * sum + base * p;
      t.change_l1 += std::abs(next - x[v]);
      if (op.inv_out[v] == 0.0) t.dangling += next;
      x_next[v] = next;
      c_next[relabelled ? op.slot[v] : v] = weighted ? next : next * op.inv_out[v];
    }
    partial[b] = t;
  }
  SweepTotals total;
  for (const auto& t : partial) {  // block order, always
    total.change_l1 += t.change_l1;
    total.dangling += t.dangling;
  }
  return total;
}

}  // namespace

PageRankResult pagerank(const CsrGraph& g, const PageRankOptions& options) {
  check_options(g, options);
  PageRankResult result;
  const Vertex n = g.num_nodes();
  if (n == 0) {
    result.converged = true;
    return result;
  }
  const Operator op = make_operator(g, options);
  const bool weighted = !op.coeff.empty();
  HugeArray<double> x(n), c(n), x_next(n), c_next(n);
#pragma omp parallel for schedule(static) if (n > kParallelLight)
  for (Vertex v = 0; v < n; ++v) {
    x[v] = 1.0 / n;  // NetworkX's start
    c[op.slot.empty() ? v : op.slot[v]] = weighted ? x[v] : x[v] * op.inv_out[v];
  }
  double dangling = block_sum(n, [&](std::int64_t v) { return op.inv_out[v] == 0.0 ? x[v] : 0.0; });
  while (result.iterations < options.max_iterations) {
    const SweepTotals t = sweep(g, op, options.damping, dangling, x, c, x_next, c_next);
    std::swap(x, x_next);
    std::swap(c, c_next);
    ++result.iterations;
    result.residual_l1 = t.change_l1;
    dangling = t.dangling;
    if (t.change_l1 < options.tolerance_l1) {
      result.converged = true;
      break;
    }
  }
  result.score.assign(x.begin(), x.end());
  return result;
}

}  // namespace innonet::centrality
