#include "algorithms/centrality/pagerank.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "engine/huge_array.hpp"
#include "engine/prefetch.hpp"
#include "engine/reserve_huge.hpp"
#include "engine/stop_request.hpp"

namespace innonet::centrality {
namespace {

void check_options(Vertex n, const PageRankOptions& o) {
  if (!(o.damping >= 0.0 && o.damping < 1.0))
    throw std::invalid_argument("damping: must be in [0, 1)");
  if (o.max_iterations < 1) throw std::invalid_argument("max_iterations: must be >= 1");
  if (!o.teleport.empty()) {
    if (std::ssize(o.teleport) != n)
      throw std::invalid_argument("teleport: needs one value per node");
    double sum = 0.0;
    for (const double t : o.teleport) {
      if (!(t >= 0.0) || !std::isfinite(t))
        throw std::invalid_argument("teleport: values must be finite and >= 0");
      sum += t;
    }
    if (!(sum > 0.0)) throw std::invalid_argument("teleport: values sum to 0");
  }
}

// Above this many vertices the contribution vector outgrows the caches (8 MiB of doubles), and
// the sweep's random gathers over it, not the streaming of the adjacency, set its speed.
inline constexpr Vertex kRelabelAbove = Vertex{1} << 19;

}  // namespace

// The problem one sweep reads, in "slot" order. In graph order a vertex's slot is the vertex
// itself and the arrays are the graph's own. Degree-ordered, the slots order vertices by
// out-degree, descending: the few sources most arcs come from (power-law graphs) then share a
// small, cache-resident block of the contribution vector, and every per-vertex array (scores,
// contributions, 1/s(u)) is read and written in one sequential stream. Each row keeps its arcs in
// the graph's order, so a vertex's sum is formed in the same order either way.
// When relabelled, offsets, sources and weights view own_*: Parts live behind a unique_ptr, so
// moving the operator never moves these buffers from under the spans.
struct PageRankOperator::Parts {
  const CsrGraph* graph = nullptr;
  bool weighted = false;
  std::span<const ArcIndex> offsets;  // row of slot s: [offsets[s], offsets[s + 1])
  std::span<const Vertex> sources;    // slot of each arc's source
  std::span<const double> weights;    // weighted only, parallel to sources: w(u,v)
  HugeArray<double> inv_out;          // by slot: 1/s(u), 0 for dangling u; empty: from the degree
  HugeArray<Vertex> vertex_of;        // slot -> vertex; empty: identity
  std::vector<Vertex> block_start;    // rows of each parallel block, cut by work (rows + arcs)
  HugeArray<ArcIndex> own_offsets;    // storage behind the spans when relabelled
  HugeArray<Vertex> own_sources;
  HugeArray<double> own_weights;

  Vertex vertex(Vertex s) const { return vertex_of.empty() ? s : vertex_of[s]; }
  // 1/s(u) of slot s; unweighted graph order reads it off the graph's out-offsets.
  double inverse_strength(Vertex s) const {
    if (!inv_out.empty()) return inv_out[s];
    const ArcIndex degree = graph->out_degree(s);
    return degree > 0 ? 1.0 / static_cast<double>(degree) : 0.0;
  }
};

namespace {

using Parts = PageRankOperator::Parts;

// Slots by out-degree descending, ties in vertex order (a counting sort: deterministic).
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

// Copies the in-adjacency (and its weights) with its rows in slot order and its sources renamed
// to slots.
void relabel(const CsrGraph& g, bool weighted, Parts& op) {
  const Vertex n = g.num_nodes();
  const HugeArray<Vertex> slot = slots_by_out_degree(g);
  op.vertex_of.resize(n);
  const auto offsets = g.in_offsets();
  op.own_offsets.resize(static_cast<std::size_t>(n) + 1);
  op.own_offsets[0] = 0;
#pragma omp parallel for schedule(static)
  for (Vertex u = 0; u < n; ++u) {
    op.vertex_of[slot[u]] = u;
    op.own_offsets[slot[u] + 1] = offsets[u + 1] - offsets[u];
  }
  std::partial_sum(op.own_offsets.begin(), op.own_offsets.end(), op.own_offsets.begin());
  const auto sources = g.in_sources();
  op.own_sources.resize(sources.size());
  if (weighted) op.own_weights.resize(sources.size());
  const auto weights = weighted ? g.in_weight_array() : std::span<const double>{};
#pragma omp parallel for schedule(static)
  for (Vertex u = 0; u < n; ++u) {
    ArcIndex out = op.own_offsets[slot[u]];
    for (ArcIndex e = offsets[u]; e < offsets[u + 1]; ++e, ++out) {
      op.own_sources[out] = slot[sources[e]];
      if (weighted) op.own_weights[out] = weights[e];
    }
  }
  op.offsets = op.own_offsets;
  op.sources = op.own_sources;
  op.weights = op.own_weights;
}

// Row ranges of about kBlockWork rows + arcs each, from the graph alone (never the thread count),
// so the per-block sums of a sweep add up in the same order on any number of threads. Cutting by
// work rather than rows keeps the heavy rows that degree order puts first from landing in one
// block.
inline constexpr std::int64_t kBlockWork = std::int64_t{1} << 16;

std::vector<Vertex> work_blocks(std::span<const ArcIndex> offsets) {
  const auto n = static_cast<Vertex>(offsets.size() - 1);
  const auto work = [&](Vertex v) { return static_cast<std::int64_t>(offsets[v]) + v; };
  std::vector<Vertex> start{0};
  while (start.back() < n) {
    const std::int64_t target = work(start.back()) + kBlockWork;
    Vertex lo = start.back() + 1, hi = n;  // first v in (start, n] with work(v) >= target
    while (lo < hi) {
      const Vertex mid = lo + (hi - lo) / 2;
      if (work(mid) >= target)
        hi = mid;
      else
        lo = mid + 1;
    }
    start.push_back(lo);
  }
  return start;
}

// Rows are short (16 arcs on average on the benchmark graphs), so the out-of-order window alone
// rarely reaches the next rows' gathers; starting each load this many arcs early keeps more cache
// misses in flight (10% off a scale-20 R-MAT sweep at 2 threads).
inline constexpr ArcIndex kPrefetchAhead = 32;

template <class C>
inline void prefetch_ahead(std::span<const Vertex> sources, std::span<const C> c, ArcIndex e) {
  const ArcIndex ahead = e + kPrefetchAhead;
  if (ahead < static_cast<ArcIndex>(sources.size())) prefetch(&c[sources[ahead]]);
}

// Σ c[sources[e]] (· weights[e]) over [begin, end), with four interleaved partial sums so the adds
// do not wait on each other; a fixed pattern per row, so still independent of the thread count.
// C is the stored type of the contributions (double, or float with the single-precision option);
// the sums are formed in double either way.
template <class C>
inline double gather_sum(std::span<const Vertex> sources, std::span<const C> c, ArcIndex begin,
                         ArcIndex end, std::span<const double> weights = {}) {
  double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
  ArcIndex e = begin;
  if (weights.empty()) {
    for (; e + 4 <= end; e += 4) {
      for (int k = 0; k < 4; ++k) prefetch_ahead(sources, c, e + k);
      s0 += c[sources[e]];
      s1 += c[sources[e + 1]];
      s2 += c[sources[e + 2]];
      s3 += c[sources[e + 3]];
    }
    for (; e < end; ++e) {
      prefetch_ahead(sources, c, e);
      s0 += c[sources[e]];
    }
  } else {
    for (; e + 4 <= end; e += 4) {
      for (int k = 0; k < 4; ++k) prefetch_ahead(sources, c, e + k);
      s0 += c[sources[e]] * weights[e];
      s1 += c[sources[e + 1]] * weights[e + 1];
      s2 += c[sources[e + 2]] * weights[e + 2];
      s3 += c[sources[e + 3]] * weights[e + 3];
    }
    for (; e < end; ++e) {
      prefetch_ahead(sources, c, e);
      s0 += c[sources[e]] * weights[e];
    }
  }
  return (s0 + s1) + (s2 + s3);
}

struct SweepTotals {
  double change_l1 = 0.0;
  double dangling = 0.0;
  double sum = 0.0;  // of the new scores
};

// Rows [begin, end) of a sweep, all vectors by slot: gathers c[u] = x[u]/s(u) (times w(u,v) when
// weighted) and updates x in place (each row reads and writes only its own score; other rows are
// read through c, which this does not write). Writes next sweep's contributions to c_next unless
// it is empty.
template <class C>
SweepTotals sweep_rows(const Parts& op, double damping, double base,
                       std::span<const double> teleport, std::span<double> x, std::span<const C> c,
                       std::span<C> c_next, Vertex begin, Vertex end) {
  const double uniform = 1.0 / static_cast<double>(x.size());
  SweepTotals t;
  for (Vertex v = begin; v < end; ++v) {
    const double sum = gather_sum(op.sources, c, op.offsets[v], op.offsets[v + 1], op.weights);
    const double p = teleport.empty() ? uniform : teleport[v];
    const double next = damping * sum + base * p;
    t.change_l1 += std::abs(next - x[v]);
    const double inverse = op.inverse_strength(v);
    if (inverse == 0.0) t.dangling += next;
    t.sum += next;
    x[v] = next;
    if (!c_next.empty()) c_next[v] = static_cast<C>(next * inverse);
  }
  return t;
}

SweepTotals add_up(std::span<const SweepTotals> partial) {
  SweepTotals total;
  for (const auto& t : partial) {  // block order, always
    total.change_l1 += t.change_l1;
    total.dangling += t.dangling;
    total.sum += t.sum;
  }
  return total;
}

// One Jacobi sweep: every row reads the previous sweep's contributions c. Writes the next ones
// to c_next, or, when it is empty, leaves them to refresh_contributions after the sweep.
template <class C>
SweepTotals jacobi_sweep(const Parts& op, double damping, double dangling,
                         std::span<const double> teleport, std::span<double> x,
                         std::span<const C> c, std::span<C> c_next) {
  const double base = damping * dangling + (1.0 - damping);
  const auto blocks = static_cast<std::int64_t>(op.block_start.size()) - 1;
  std::vector<SweepTotals> partial(blocks);
#pragma omp parallel for schedule(dynamic, 1) if (blocks > 1)
  for (std::int64_t b = 0; b < blocks; ++b)
    partial[b] = sweep_rows<C>(op, damping, base, teleport, x, c, c_next, op.block_start[b],
                               op.block_start[b + 1]);
  return add_up(partial);
}

// One Gauss-Seidel sweep in stages of kStageBlocks work blocks, in slot order: the blocks of a
// stage run in parallel on the contributions as they stand, and once the stage is done its rows'
// contributions are refreshed in c, so every later stage reads this sweep's new values for them.
// The stages are fixed by the graph, so the result is the same on any number of threads.
// Degree order puts the vertices most arcs come from in the first stages, which is what makes
// reading their new values early pay. Stages of 16 blocks (about 2^20 rows + arcs): on an R-MAT
// scale-20 graph, 1-block stages take the same 8 sweeps to 1e-4 but stall on a barrier per block;
// 32-block stages already need a ninth sweep.
// A sweep that reads some new scores does not keep their sum at 1, and a drifting sum is a slow
// mode of its own (27 sweeps to 1e-4 instead of 8 on that graph), so each sweep is taken as
// rescaled to sum 1. Rather than rescale x (another pass), x is left as the scores times `scale`
// (the sum of x after the previous sweep) and the constant term is multiplied by it instead;
// `dangling` is the dangling mass of x after the previous sweep, as in Jacobi.
inline constexpr std::int64_t kStageBlocks = 16;

template <class C>
SweepTotals gauss_seidel_sweep(const Parts& op, double damping, double dangling, double scale,
                               std::span<const double> teleport, std::span<double> x,
                               std::span<C> c) {
  const double base = damping * dangling + (1.0 - damping) * scale;
  const auto blocks = static_cast<std::int64_t>(op.block_start.size()) - 1;
  std::vector<SweepTotals> partial(blocks);
#pragma omp parallel if (blocks > 1)
  for (std::int64_t first = 0; first < blocks; first += kStageBlocks) {
    const std::int64_t last = std::min(blocks, first + kStageBlocks);
#pragma omp for schedule(dynamic, 1)
    for (std::int64_t b = first; b < last; ++b)
      partial[b] = sweep_rows<C>(op, damping, base, teleport, x, c, {}, op.block_start[b],
                                 op.block_start[b + 1]);
#pragma omp for schedule(static)
    for (Vertex v = op.block_start[first]; v < op.block_start[last]; ++v)
      c[v] = static_cast<C>(x[v] * op.inverse_strength(v));
  }
  return add_up(partial);
}

// Gauss-Seidel iterates need not sum to 1 (only the fixed point does); the result is scaled to
// it, as the Jacobi iterates are by construction. A fixed-block sum: same on any thread count.
void normalize_to_sum_one(std::span<double> x) {
  const auto n = static_cast<std::int64_t>(x.size());
  const double sum = block_sum(n, [&](std::int64_t s) { return x[s]; });
  if (!(sum > 0.0)) return;
#pragma omp parallel for schedule(static) if (n > kParallelLight)
  for (std::int64_t s = 0; s < n; ++s) x[s] /= sum;
}

// c = x/s(u) again, after a sweep without c_next: one more pass over two n-vectors per sweep
// (a few percent) in exchange for not holding a third.
template <class C>
void refresh_contributions(const Parts& op, std::span<const double> x, std::span<C> c) {
  const auto n = static_cast<Vertex>(x.size());
#pragma omp parallel for schedule(static) if (n > kParallelLight)
  for (Vertex s = 0; s < n; ++s) c[s] = static_cast<C>(x[s] * op.inverse_strength(s));
}

}  // namespace

PageRankOperator::PageRankOperator(const CsrGraph& g, EdgeWeights weights, PageRankLayout layout)
    : parts_(std::make_unique<Parts>()) {
  check_weights(g, weights, ZeroWeights::allowed, "weights");
  const Vertex n = g.num_nodes();
  const bool weighted = reads_weights(g, weights);
  Parts& op = *parts_;
  op.graph = &g;
  op.weighted = weighted;
  op.offsets = g.in_offsets();
  op.sources = g.in_sources();
  if (weighted) op.weights = g.in_weight_array();
  const bool relabelled = layout == PageRankLayout::degree_ordered ||
                          (layout == PageRankLayout::automatic && n > kRelabelAbove);
  if (relabelled && n > 0) relabel(g, weighted, op);
  if (relabelled || weighted) {
    op.inv_out.resize(n);
#pragma omp parallel for schedule(static) if (n > kParallelLight)
    for (Vertex s = 0; s < n; ++s) {
      const Vertex u = op.vertex(s);
      double sum = static_cast<double>(g.out_degree(u));
      if (weighted) {
        sum = 0.0;
        for (const double w : g.out_weights(u)) sum += w;
      }
      op.inv_out[s] = sum > 0.0 ? 1.0 / sum : 0.0;
    }
  }
  op.block_start = work_blocks(op.offsets);
}

PageRankOperator::PageRankOperator(PageRankOperator&&) noexcept = default;
PageRankOperator& PageRankOperator::operator=(PageRankOperator&&) noexcept = default;
PageRankOperator::~PageRankOperator() = default;

const CsrGraph& PageRankOperator::graph() const { return *parts_->graph; }
bool PageRankOperator::weighted() const { return parts_->weighted; }
bool PageRankOperator::degree_ordered() const { return !parts_->vertex_of.empty(); }

namespace {

// The sweeps themselves, from the uniform start, with the contributions stored as C.
template <class C>
PageRankResult power_iteration(const Parts& op, const PageRankOptions& options,
                               std::span<const double> teleport) {
  const Vertex n = op.graph->num_nodes();
  PageRankResult result;
  // Degree-ordered Jacobi sweeps write the next contributions to a second vector as they go; in
  // graph order (the low-memory choice) they are refreshed after each sweep instead. Gauss-Seidel
  // refreshes them in place, stage by stage, and never needs the second vector.
  const bool gauss_seidel = options.sweep == PageRankSweep::gauss_seidel;
  const bool double_buffered = !op.vertex_of.empty() && !gauss_seidel;
  // Scores by slot. In graph order they are the result as they stand; degree-ordered, they are
  // permuted into the result at the end.
  std::vector<double> x_by_vertex;
  HugeArray<double> x_by_slot;
  const bool permuted = !op.vertex_of.empty();
  if (permuted)
    x_by_slot.resize(n);
  else
    x_by_vertex = zeroed_vector<double>(n);
  const std::span<double> x = permuted ? std::span<double>(x_by_slot) : x_by_vertex;
#pragma omp parallel for schedule(static) if (n > kParallelLight)
  for (Vertex s = 0; s < n; ++s) x[s] = 1.0 / n;  // NetworkX's start
  HugeArray<C> c(n), c_next(double_buffered ? n : 0);
  refresh_contributions<C>(op, x, c);
  double dangling =
      block_sum(n, [&](std::int64_t s) { return op.inverse_strength(s) == 0.0 ? x[s] : 0.0; });
  double scale = 1.0;  // Gauss-Seidel: the sum of x, by which it is to be divided
  while (result.iterations < options.max_iterations) {
    check_stop_request();
    SweepTotals t;
    if (gauss_seidel) {
      // x holds the scores times scale (see gauss_seidel_sweep); the change is reported on the
      // scores themselves, before they are scaled to sum 1 again.
      t = gauss_seidel_sweep<C>(op, options.damping, dangling, scale, teleport, x, c);
      t.change_l1 /= scale;
      scale = t.sum;
    } else {
      t = jacobi_sweep<C>(op, options.damping, dangling, teleport, x, c, c_next);
      if (double_buffered)
        std::swap(c, c_next);
      else
        refresh_contributions<C>(op, x, c);
    }
    ++result.iterations;
    result.residual_l1 = t.change_l1;
    dangling = t.dangling;
    if (t.change_l1 < options.tolerance_l1) {
      result.converged = true;
      break;
    }
  }
  if (gauss_seidel) normalize_to_sum_one(x);
  if (!permuted) {
    result.score = std::move(x_by_vertex);
    return result;
  }
  HugeArray<C>().swap(c);  // give their memory back before the reordered copy
  HugeArray<C>().swap(c_next);
  result.score = zeroed_vector<double>(n);
#pragma omp parallel for schedule(static) if (n > kParallelLight)
  for (Vertex s = 0; s < n; ++s) result.score[op.vertex_of[s]] = x[s];
  return result;
}

}  // namespace

PageRankResult pagerank(const PageRankOperator& op_handle, const PageRankOptions& options) {
  const Parts& op = *op_handle.parts_;
  const Vertex n = op.graph->num_nodes();
  check_options(n, options);
  if (n == 0) return PageRankResult{.converged = true};
  std::vector<double> teleport;  // by slot, scaled to sum 1; empty: uniform
  if (!options.teleport.empty()) {
    const double sum = std::accumulate(options.teleport.begin(), options.teleport.end(), 0.0);
    teleport.resize(n);
    for (Vertex s = 0; s < n; ++s) teleport[s] = options.teleport[op.vertex(s)] / sum;
  }
  if (options.contributions == PageRankContributions::single_precision)
    return power_iteration<float>(op, options, teleport);
  return power_iteration<double>(op, options, teleport);
}

PageRankResult pagerank(const CsrGraph& g, const PageRankOptions& options) {
  check_options(g.num_nodes(), options);
  const PageRankOperator op(g, options.weights, options.layout);
  return pagerank(op, options);
}

}  // namespace innonet::centrality
