#include "algorithms/structure/components.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <stdexcept>
#include <utility>

#include "algorithms/structure/parallel_threshold.hpp"
#include "algorithms/structure/union_find.hpp"
#include "engine/reserve_huge.hpp"

namespace innonet::structure {

using detail::compress;
using detail::link;

namespace {

// The most frequent label among a fixed stride sample (GAP samples 1024 random vertices; a
// fixed stride keeps it deterministic). Only a performance hint: labels do not depend on it.
Vertex frequent_label(const std::vector<Vertex>& parent) {
  const auto n = static_cast<std::int64_t>(parent.size());
  const std::int64_t samples = std::min<std::int64_t>(n, 1024);
  std::vector<Vertex> seen;
  for (std::int64_t i = 0; i < samples; ++i) seen.push_back(parent[i * n / samples]);
  std::sort(seen.begin(), seen.end());
  Vertex best = seen.empty() ? kNoVertex : seen.front();
  std::int64_t best_run = 0;
  for (std::size_t i = 0; i < seen.size();) {
    std::size_t j = i;
    while (j < seen.size() && seen[j] == seen[i]) ++j;
    if (static_cast<std::int64_t>(j - i) > best_run) best_run = j - i, best = seen[i];
    i = j;
  }
  return best;
}

}  // namespace

std::vector<Vertex> weak_component_labels(const CsrGraph& g, const WeakComponentsOptions& options) {
  if (options.sample_rounds < 0)
    throw std::invalid_argument("weak_components: sample_rounds must be >= 0");
  const std::int64_t n = g.num_nodes();
  const bool parallel = worth_parallel(g);
  std::vector<Vertex> parent = zeroed_vector<Vertex>(n);  // becomes the label vector
#pragma omp parallel for schedule(static) if (parallel)
  for (std::int64_t v = 0; v < n; ++v) parent[v] = static_cast<Vertex>(v);

  // Sampled rounds: the r-th out-neighbour of every vertex.
  for (int r = 0; r < options.sample_rounds; ++r) {
#pragma omp parallel for schedule(dynamic, 16384) if (parallel)
    for (std::int64_t u = 0; u < n; ++u) {
      const auto row = g.out_neighbors(static_cast<Vertex>(u));
      if (r < std::ssize(row)) link(static_cast<Vertex>(u), row[r], parent);
    }
    compress(parent, parallel);
  }
  const Vertex skip = n > 0 ? frequent_label(parent) : kNoVertex;

  // Remaining arcs of every vertex outside the skipped component. A directed arc w->u with w in
  // the skipped component is reached from u's in-row instead.
  const int first = options.sample_rounds;
#pragma omp parallel for schedule(dynamic, 4096) if (parallel)
  for (std::int64_t u = 0; u < n; ++u) {
    const auto v = static_cast<Vertex>(u);
    if (std::atomic_ref<Vertex>(parent[u]).load(std::memory_order_relaxed) == skip) continue;
    const auto row = g.out_neighbors(v);
    for (std::int64_t i = first; i < std::ssize(row); ++i) link(v, row[i], parent);
    if (g.is_directed())
      for (const Vertex w : g.in_neighbors(v)) link(v, w, parent);
  }
  compress(parent, parallel);
  return parent;
}

ComponentsResult weak_components(const CsrGraph& g, const WeakComponentsOptions& options) {
  return summarize_labels(weak_component_labels(g, options));
}

// Two passes over fixed blocks of vertices (the block size does not depend on the thread count):
// the roots (label[v] == v) of each block are counted, a prefix over the blocks gives each root
// its dense index and a size of 1, and every other vertex then copies the index of its root and
// adds itself to that size. Sizes are counted with integer atomics (their sum does not depend on
// the order), except for the component of the most frequent sampled label, the giant one on most
// graphs, which is counted per thread and added once, so the threads do not all contend for one
// counter. Counting roots in the numbering pass leaves the atomics to the non-root vertices
// outside the giant component: on R-MAT scale 20, 100,000 instead of 500,000 (most components
// there are single vertices), which was most of this function's time.
ComponentsResult summarize_labels(std::vector<Vertex> label) {
  constexpr std::int64_t kBlock = std::int64_t{1} << 14;
  ComponentsResult result;
  const auto n = static_cast<std::int64_t>(label.size());
  const bool parallel = n >= kParallelMinWork;
  const std::int64_t blocks = (n + kBlock - 1) / kBlock;
  std::vector<Vertex> roots_before(blocks + 1, 0);
#pragma omp parallel for schedule(static) if (parallel)
  for (std::int64_t b = 0; b < blocks; ++b) {
    Vertex roots = 0;
    for (std::int64_t v = b * kBlock; v < std::min(n, (b + 1) * kBlock); ++v)
      roots += label[v] == v;
    roots_before[b + 1] = roots;
  }
  for (std::int64_t b = 0; b < blocks; ++b) roots_before[b + 1] += roots_before[b];
  result.count = roots_before[blocks];
  result.root = zeroed_vector<Vertex>(result.count);
  result.size = zeroed_vector<Vertex>(result.count);
  result.component = zeroed_vector<Vertex>(n);
#pragma omp parallel for schedule(static) if (parallel)
  for (std::int64_t b = 0; b < blocks; ++b) {
    Vertex c = roots_before[b];
    for (std::int64_t v = b * kBlock; v < std::min(n, (b + 1) * kBlock); ++v)
      if (label[v] == v) {
        result.component[v] = c;
        result.size[c] = 1;
        result.root[c++] = static_cast<Vertex>(v);
      }
  }
  const Vertex giant_label = n > 0 ? frequent_label(label) : kNoVertex;
  std::int64_t giant_size = 0;
#pragma omp parallel for schedule(static) reduction(+ : giant_size) if (parallel)
  for (std::int64_t v = 0; v < n; ++v) {
    const Vertex root = label[v];
    if (root == giant_label) ++giant_size;
    if (root == v) continue;  // numbered and counted above
    result.component[v] = result.component[root];
    if (root != giant_label)
      std::atomic_ref<Vertex>(result.size[result.component[v]])
          .fetch_add(1, std::memory_order_relaxed);
  }
  if (giant_label != kNoVertex) result.size[result.component[giant_label]] = giant_size;
  for (Vertex c = 0; c < result.count; ++c)
    if (result.largest == kNoVertex || result.size[c] > result.size[result.largest])
      result.largest = c;
  result.label = std::move(label);
  return result;
}

std::vector<Vertex> component_members(const ComponentsResult& result, Vertex c) {
  if (c < 0 || c >= result.count)
    throw std::invalid_argument("component_members: component index out of range");
  std::vector<Vertex> members;
  members.reserve(result.size[c]);
  for (Vertex v = 0; v < static_cast<Vertex>(result.component.size()); ++v)
    if (result.component[v] == c) members.push_back(v);
  return members;
}

}  // namespace innonet::structure
