#pragma once
// What the centrality kernels share: the switch between weighted and unweighted readings of a
// weighted graph, and the deterministic block reductions of STYLE §5 (fixed-size blocks, one
// partial per block, partials combined in block order), so no result depends on the thread count.
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::centrality {

// Σ x[row[i]] (· w[i] when w is given) with four interleaved partial sums. One running sum makes
// every add wait for the previous one (4 cycles an arc), which bounds a sweep whose vector fits
// the cache; the interleaving depends only on the row, so the sum is the same on any thread count.
inline double row_dot(std::span<const Vertex> row, std::span<const double> w,
                      std::span<const double> x) {
  double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
  std::size_t i = 0;
  const std::size_t n = row.size();
  if (w.empty()) {
    for (; i + 4 <= n; i += 4) {
      s0 += x[row[i]];
      s1 += x[row[i + 1]];
      s2 += x[row[i + 2]];
      s3 += x[row[i + 3]];
    }
    for (; i < n; ++i) s0 += x[row[i]];
  } else {
    for (; i + 4 <= n; i += 4) {
      s0 += w[i] * x[row[i]];
      s1 += w[i + 1] * x[row[i + 1]];
      s2 += w[i + 2] * x[row[i + 2]];
      s3 += w[i + 3] * x[row[i + 3]];
    }
    for (; i < n; ++i) s0 += w[i] * x[row[i]];
  }
  return (s0 + s1) + (s2 + s3);
}

// `use` reads the graph's weights when it has them; `ignore` treats every arc as weight 1.
enum class EdgeWeights { use, ignore };

inline bool reads_weights(const CsrGraph& g, EdgeWeights weights) {
  return g.is_weighted() && weights == EdgeWeights::use;
}

inline constexpr std::int64_t kReduceBlock = 1 << 14;  // fixed: must not depend on thread count

// Loops over fewer items than this run serially: starting threads would cost more than the work.
// The result is the same either way (blocks, not threads, fix the summation order).
inline constexpr std::int64_t kParallelLight = 1 << 12;  // O(1) or O(degree) work per item
inline constexpr std::int64_t kParallelHeavy = 64;       // a whole graph search per item

inline std::int64_t block_count(std::int64_t n) { return (n + kReduceBlock - 1) / kReduceBlock; }

// Σ term(i) for i in [0, n): each block of `block` items summed serially, the block sums added
// in order, so the total is the same at any thread count. term may also write item i's own
// outputs (a sweep that sums as it goes). Sweeps over rows pass kSumChunk, smaller blocks, so
// that a graph of a few thousand vertices still spreads over the threads; the dynamic schedule
// is for skewed rows.
inline constexpr std::int64_t kSumChunk = 1 << 10;
template <class Term>
double block_sum(std::int64_t n, Term&& term, std::int64_t block = kReduceBlock) {
  std::vector<double> partial((n + block - 1) / block, 0.0);
#pragma omp parallel for schedule(dynamic, 1) if (n > kParallelLight)
  for (std::int64_t b = 0; b < std::ssize(partial); ++b) {
    double sum = 0.0;
    for (std::int64_t i = b * block; i < std::min(n, (b + 1) * block); ++i) sum += term(i);
    partial[b] = sum;
  }
  return std::accumulate(partial.begin(), partial.end(), 0.0);
}

// Throws std::invalid_argument naming `parameter` unless every weight the kernel reads is finite
// and > 0 (shortest-path kernels: ZeroWeights::refused) or >= 0 (spectral kernels: allowed).
enum class ZeroWeights { allowed, refused };
void check_weights(const CsrGraph& g, EdgeWeights weights, ZeroWeights zero, const char* parameter);

}  // namespace innonet::centrality
