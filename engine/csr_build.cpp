#include "engine/csr_build.hpp"

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "engine/error.hpp"
#include "engine/parallel_error.hpp"

namespace innonet {
namespace {

constexpr std::int64_t kMaxArcs = std::numeric_limits<ArcIndex>::max();

// Smallest index whose record is bad, or -1. Integer min is order-independent, so the error
// reported is the same at any thread count.
template <class IsBad>
std::int64_t first_bad(std::int64_t count, IsBad is_bad) {
  std::int64_t first = std::numeric_limits<std::int64_t>::max();
#pragma omp parallel for schedule(static) reduction(min : first)
  for (std::int64_t i = 0; i < count; ++i)
    if (is_bad(i)) first = std::min(first, i);
  return first == std::numeric_limits<std::int64_t>::max() ? -1 : first;
}

void validate(const EdgeList& edges) {
  const auto m = static_cast<std::int64_t>(edges.sources.size());
  if (edges.num_nodes < 0) throw ValidationError("edge list", "negative number of nodes");
  if (static_cast<std::int64_t>(edges.targets.size()) != m)
    throw ValidationError("edge list", "sources and targets differ in length");
  if (!edges.weights.empty() && static_cast<std::int64_t>(edges.weights.size()) != m)
    throw ValidationError("edge list", "weights must be empty or one per edge");
  const Vertex n = edges.num_nodes;
  const auto bad_endpoint = first_bad(m, [&](std::int64_t i) {
    return edges.sources[i] < 0 || edges.sources[i] >= n || edges.targets[i] < 0 ||
           edges.targets[i] >= n;
  });
  if (bad_endpoint >= 0)
    throw ValidationError("edge " + std::to_string(bad_endpoint),
                          "endpoint " + std::to_string(edges.sources[bad_endpoint]) + " -> " +
                              std::to_string(edges.targets[bad_endpoint]) + " outside 0.." +
                              std::to_string(n - 1));
  if (!edges.weights.empty()) {
    const auto bad_weight =
        first_bad(m, [&](std::int64_t i) { return !std::isfinite(edges.weights[i]); });
    if (bad_weight >= 0)
      throw ValidationError("edge " + std::to_string(bad_weight), "weight is not finite");
  }
}

// An arc list being assembled into rows: offsets + parallel targets/weights.
struct Rows {
  HugeArray<ArcIndex> offsets;
  HugeArray<Vertex> targets;
  HugeArray<double> weights;  // empty when unweighted
  bool record_order = false;  // each row holds its arcs in the order their records came
};

// Exclusive prefix sum of counts into offsets (size n+1); returns the total.
std::int64_t prefix_sum(const HugeArray<ArcIndex>& counts, HugeArray<ArcIndex>& offsets) {
  offsets.resize(counts.size() + 1);
  std::int64_t running = 0;
  for (std::size_t v = 0; v < counts.size(); ++v) {
    offsets[v] = static_cast<ArcIndex>(running);
    running += counts[v];
  }
  offsets[counts.size()] = static_cast<ArcIndex>(running);
  return running;
}

// Scatter arcs (emit(i, sink) calls sink(row, neighbour, weight) for each arc of record i) into
// rows by a counting sort with atomically claimed positions. Rows come out in arrival order.
template <class Emit>
Rows scatter_atomic(Vertex n, std::int64_t records, bool weighted, Emit emit) {
  HugeArray<ArcIndex> counts(static_cast<std::size_t>(n));
  std::fill(counts.begin(), counts.end(), 0);
#pragma omp parallel for schedule(static)
  for (std::int64_t i = 0; i < records; ++i)
    emit(i, [&](Vertex row, Vertex, double) {
      std::atomic_ref<ArcIndex>(counts[row]).fetch_add(1, std::memory_order_relaxed);
    });
  Rows rows;
  const std::int64_t total = prefix_sum(counts, rows.offsets);
  rows.targets.resize(static_cast<std::size_t>(total));
  if (weighted) rows.weights.resize(static_cast<std::size_t>(total));
#pragma omp parallel for schedule(static)
  for (Vertex v = 0; v < n; ++v) counts[v] = rows.offsets[v];
#pragma omp parallel for schedule(static)
  for (std::int64_t i = 0; i < records; ++i)
    emit(i, [&](Vertex row, Vertex neighbour, double weight) {
      const ArcIndex at =
          std::atomic_ref<ArcIndex>(counts[row]).fetch_add(1, std::memory_order_relaxed);
      rows.targets[at] = neighbour;
      if (weighted) rows.weights[at] = weight;
    });
  return rows;
}

// First record of each of `blocks` contiguous blocks (+ the end). `balance`, when given, is the
// records' arc offsets, and blocks then hold about equal numbers of arcs.
std::vector<std::int64_t> block_bounds(std::int64_t records, int blocks,
                                       std::span<const ArcIndex> balance) {
  std::vector<std::int64_t> bounds(static_cast<std::size_t>(blocks) + 1, records);
  for (int b = 0; b < blocks; ++b) {
    if (balance.empty()) {
      bounds[b] = records * b / blocks;
    } else {
      const std::int64_t arc = static_cast<std::int64_t>(balance.back()) * b / blocks;
      bounds[b] = std::lower_bound(balance.begin(), balance.end(), arc) - balance.begin();
    }
    bounds[b] = std::min(bounds[b], records);
  }
  return bounds;
}

// The same counting sort without atomics: the records are cut into contiguous blocks, each block
// counts its arcs per row, and row v's slots are handed out block by block, so each arc's
// position follows from (row, block, rank in the block) and every row holds its arcs in record
// order at any thread count. Costs one counter array (4n bytes) per block.
template <class Emit>
Rows scatter_blocks(Vertex n, std::int64_t records, bool weighted, int blocks,
                    std::span<const ArcIndex> balance, Emit emit) {
  const std::vector<std::int64_t> bounds = block_bounds(records, blocks, balance);
  // Allocated here, not in the region below: a std::bad_alloc must not be thrown inside it.
  std::vector<HugeArray<ArcIndex>> cursor(static_cast<std::size_t>(blocks));
  for (auto& counters : cursor) counters.resize(static_cast<std::size_t>(n));
#pragma omp parallel for schedule(static, 1)
  for (int b = 0; b < blocks; ++b) {
    std::fill(cursor[b].begin(), cursor[b].end(), 0);
    ArcIndex* count = cursor[b].data();
    for (std::int64_t i = bounds[b]; i < bounds[b + 1]; ++i)
      emit(i, [count](Vertex row, Vertex, double) { ++count[row]; });
  }
  HugeArray<ArcIndex> totals(static_cast<std::size_t>(n));
#pragma omp parallel for schedule(static)
  for (Vertex v = 0; v < n; ++v) {
    ArcIndex total = 0;
    for (int b = 0; b < blocks; ++b) total += cursor[b][v];
    totals[v] = total;
  }
  Rows rows;
  const std::int64_t total = prefix_sum(totals, rows.offsets);
  rows.targets.resize(static_cast<std::size_t>(total));
  if (weighted) rows.weights.resize(static_cast<std::size_t>(total));
#pragma omp parallel for schedule(static)
  for (Vertex v = 0; v < n; ++v) {
    ArcIndex at = rows.offsets[v];
    for (int b = 0; b < blocks; ++b) at += std::exchange(cursor[b][v], at);
  }
#pragma omp parallel for schedule(static, 1)
  for (int b = 0; b < blocks; ++b) {
    ArcIndex* next = cursor[b].data();
    for (std::int64_t i = bounds[b]; i < bounds[b + 1]; ++i)
      emit(i, [&, next](Vertex row, Vertex neighbour, double weight) {
        const ArcIndex at = next[row]++;
        rows.targets[at] = neighbour;
        if (weighted) rows.weights[at] = weight;
      });
  }
  rows.record_order = true;
  return rows;
}

// Blocks when there are threads to use them and their counters cost no more than the arcs
// (at most m/n blocks); otherwise atomically claimed positions.
template <class Emit>
Rows scatter(Vertex n, std::int64_t records, std::int64_t arcs, bool weighted,
             std::span<const ArcIndex> balance, Emit emit) {
  const std::int64_t affordable = std::max<std::int64_t>(1, arcs / std::max<Vertex>(n, 1));
  const int threads = omp_get_max_threads();
  const auto blocks = static_cast<int>(std::min<std::int64_t>(threads, affordable));
  if (blocks == 1 && threads > 1) return scatter_atomic(n, records, weighted, emit);
  return scatter_blocks(n, records, weighted, blocks, balance, emit);
}

// Sort every row by (neighbour, weight) so the layout no longer depends on arrival order.
void sort_rows(Rows& rows) {
  const auto n = static_cast<std::int64_t>(rows.offsets.size()) - 1;
  const bool weighted = !rows.weights.empty();
  ParallelError error;  // the weighted buffer allocates
#pragma omp parallel
  {
    std::vector<std::pair<Vertex, double>> buffer;
#pragma omp for schedule(dynamic, 256)
    for (std::int64_t v = 0; v < n; ++v) {
      const ArcIndex begin = rows.offsets[v], end = rows.offsets[v + 1];
      if (!weighted) {
        std::sort(rows.targets.begin() + begin, rows.targets.begin() + end);
        continue;
      }
      error.run([&] {
        buffer.clear();
        for (ArcIndex a = begin; a < end; ++a)
          buffer.emplace_back(rows.targets[a], rows.weights[a]);
        std::sort(buffer.begin(), buffer.end());
        for (ArcIndex a = begin; a < end; ++a) {
          rows.targets[a] = buffer[a - begin].first;
          rows.weights[a] = buffer[a - begin].second;
        }
      });
    }
  }
  error.rethrow();
}

double combine(MergeRule rule, double merged, double next) {
  switch (rule) {
    case MergeRule::sum: return merged + next;
    case MergeRule::count: return merged + 1.0;
    case MergeRule::max: return std::max(merged, next);
    case MergeRule::min: return std::min(merged, next);
    case MergeRule::keep: break;
  }
  return merged;
}

// Collapse runs of equal neighbours in sorted rows. Weights are combined in sorted order, so the
// sums are reproducible. MergeRule::count turns an unweighted graph weighted.
Rows merge_parallel_arcs(const Rows& rows, MergeRule rule) {
  const auto n = static_cast<std::int64_t>(rows.offsets.size()) - 1;
  const bool weighted_in = !rows.weights.empty();
  const bool weighted_out = weighted_in || rule == MergeRule::count;
  HugeArray<ArcIndex> unique(static_cast<std::size_t>(n));
#pragma omp parallel for schedule(dynamic, 1024)
  for (std::int64_t v = 0; v < n; ++v) {
    ArcIndex distinct = 0;
    for (ArcIndex a = rows.offsets[v]; a < rows.offsets[v + 1]; ++a)
      if (a == rows.offsets[v] || rows.targets[a] != rows.targets[a - 1]) ++distinct;
    unique[v] = distinct;
  }
  Rows merged;
  const std::int64_t total = prefix_sum(unique, merged.offsets);
  merged.targets.resize(static_cast<std::size_t>(total));
  if (weighted_out) merged.weights.resize(static_cast<std::size_t>(total));
#pragma omp parallel for schedule(dynamic, 1024)
  for (std::int64_t v = 0; v < n; ++v) {
    ArcIndex out = merged.offsets[v] - 1;
    for (ArcIndex a = rows.offsets[v]; a < rows.offsets[v + 1]; ++a) {
      const double w = rule == MergeRule::count ? 1.0 : (weighted_in ? rows.weights[a] : 1.0);
      if (a == rows.offsets[v] || rows.targets[a] != rows.targets[a - 1]) {
        merged.targets[++out] = rows.targets[a];
        if (weighted_out) merged.weights[out] = w;
      } else if (weighted_out) {
        merged.weights[out] = combine(rule, merged.weights[out], w);
      }
    }
  }
  return merged;
}

// In-adjacency of a directed graph: the transpose of the out-rows, sorted the same way. Placed in
// record order (sources ascending, and parallel arcs in their out-row order, i.e. by weight), the
// in-rows are already sorted by (source, weight) and need no sort.
Rows transpose(const Rows& out, Vertex n) {
  const bool weighted = !out.weights.empty();
  const auto arcs = static_cast<std::int64_t>(out.targets.size());
  Rows in = scatter(n, n, arcs, weighted, out.offsets, [&](std::int64_t u, auto&& sink) {
    for (ArcIndex a = out.offsets[u]; a < out.offsets[u + 1]; ++a)
      sink(out.targets[a], static_cast<Vertex>(u), weighted ? out.weights[a] : 1.0);
  });
  if (!in.record_order) sort_rows(in);
  return in;
}

}  // namespace

CsrGraph build_csr(const EdgeList& edges, const CsrBuildOptions& options) {
  validate(edges);
  const auto m = static_cast<std::int64_t>(edges.sources.size());
  const bool undirected = options.direction == Direction::undirected;
  const bool drop_loops = options.self_loops == SelfLoops::drop;
  const bool weighted_in = !edges.weights.empty();

  std::int64_t arcs = 0;
#pragma omp parallel for schedule(static) reduction(+ : arcs)
  for (std::int64_t i = 0; i < m; ++i) {
    const bool loop = edges.sources[i] == edges.targets[i];
    arcs += loop ? (drop_loops ? 0 : 1) : (undirected ? 2 : 1);
  }
  if (arcs > kMaxArcs)
    throw ValidationError("edge list", std::to_string(arcs) +
                                           " arcs: projections of 2^31 or more arcs are not "
                                           "supported by 32-bit offsets");

  Rows out = scatter(edges.num_nodes, m, arcs, weighted_in, {}, [&](std::int64_t i, auto&& sink) {
    const Vertex u = edges.sources[i], v = edges.targets[i];
    const double w = weighted_in ? edges.weights[i] : 1.0;
    if (u == v) {
      if (!drop_loops) sink(u, v, w);
      return;
    }
    sink(u, v, w);
    if (undirected) sink(v, u, w);
  });
  sort_rows(out);
  if (options.merge != MergeRule::keep) out = merge_parallel_arcs(out, options.merge);

  CsrGraph::Arrays arrays;
  arrays.num_nodes = edges.num_nodes;
  arrays.direction = options.direction;
  arrays.weighted = !out.weights.empty();
  if (undirected) {
    std::int64_t loops = 0;
#pragma omp parallel for schedule(dynamic, 1024) reduction(+ : loops)
    for (Vertex u = 0; u < edges.num_nodes; ++u)
      for (ArcIndex a = out.offsets[u]; a < out.offsets[u + 1]; ++a) loops += out.targets[a] == u;
    arrays.num_edges = (static_cast<std::int64_t>(out.targets.size()) + loops) / 2;
  } else {
    arrays.num_edges = static_cast<std::int64_t>(out.targets.size());
    Rows in = transpose(out, edges.num_nodes);
    arrays.in_offsets = std::move(in.offsets);
    arrays.in_sources = std::move(in.targets);
    arrays.in_weights = std::move(in.weights);
  }
  arrays.out_offsets = std::move(out.offsets);
  arrays.out_targets = std::move(out.targets);
  arrays.out_weights = std::move(out.weights);
  return CsrGraph::from_trusted_arrays(std::move(arrays));
}

}  // namespace innonet
