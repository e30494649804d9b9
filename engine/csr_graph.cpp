#include "engine/csr_graph.hpp"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "engine/error.hpp"

namespace innonet {
namespace {

void require(bool holds, const std::string& rule) {
  if (!holds) throw ValidationError("CSR arrays", rule);
}

// Offsets start at 0, never decrease and end at the arc count; ids are in range; rows sorted.
void check_rows(const HugeArray<ArcIndex>& offsets, const HugeArray<Vertex>& ids,
                const HugeArray<double>& weights, Vertex n, bool weighted, const char* side) {
  const std::string where(side);
  require(offsets.size() == static_cast<std::size_t>(n) + 1, where + " offsets need n+1 entries");
  require(offsets.front() == 0, where + " offsets must start at 0");
  require(static_cast<std::size_t>(offsets.back()) == ids.size(),
          where + " offsets must end at the arc count");
  require(weighted ? weights.size() == ids.size() : weights.empty(),
          where + " weights must be parallel to the adjacency (or absent if unweighted)");
  bool ok = true;
#pragma omp parallel for schedule(dynamic, 1024) reduction(&& : ok)
  for (Vertex v = 0; v < n; ++v) {
    if (offsets[v] > offsets[v + 1]) {
      ok = false;
      continue;
    }
    for (ArcIndex a = offsets[v]; a < offsets[v + 1]; ++a) {
      const bool in_range = ids[a] >= 0 && ids[a] < n;
      const bool sorted = a == offsets[v] || ids[a - 1] <= ids[a];
      const bool finite = !weighted || std::isfinite(weights[a]);
      ok = ok && in_range && sorted && finite;
    }
  }
  require(ok, where + " rows must be monotone, in range, sorted, with finite weights");
}

// Whether the rows `b` are the transpose of the rows `a` (both sorted by id, parallel arcs by
// weight): every arc u -> v of `a` is matched, in order, with the next unmatched entry u of b's
// row v, with the same weight, and both hold the same number of arcs, so the matching covers b.
// With a == b this says an undirected adjacency is symmetric (a self-loop is its own mirror).
// The rows u of `a` are cut into one block per thread; a block's entries in b's row v are those
// with ids in the block, a contiguous run (rows are sorted) whose start one binary search finds.
// O(m + blocks * n log d) time, 4n bytes per block, exact.
bool mirrors(const HugeArray<ArcIndex>& a_offsets, const HugeArray<Vertex>& a_ids,
             const HugeArray<double>& a_weights, const HugeArray<ArcIndex>& b_offsets,
             const HugeArray<Vertex>& b_ids, const HugeArray<double>& b_weights, Vertex n) {
  if (a_ids.size() != b_ids.size()) return false;
  const bool weighted = !a_weights.empty();
  const int blocks = std::max(1, std::min(omp_get_max_threads(), static_cast<int>(n / 1024 + 1)));
  std::vector<Vertex> bounds(static_cast<std::size_t>(blocks) + 1);
  for (int k = 0; k <= blocks; ++k) {  // about equal numbers of arcs per block
    const auto arc = static_cast<ArcIndex>(static_cast<std::int64_t>(a_ids.size()) * k / blocks);
    bounds[k] = static_cast<Vertex>(
        std::lower_bound(a_offsets.begin(), a_offsets.begin() + n, arc) - a_offsets.begin());
  }
  bounds[blocks] = n;
  std::vector<HugeArray<ArcIndex>> cursors(static_cast<std::size_t>(blocks));
  for (auto& cursor : cursors) cursor.resize(static_cast<std::size_t>(n));  // outside the region
  bool ok = true;
#pragma omp parallel for schedule(static, 1) reduction(&& : ok)
  for (int k = 0; k < blocks; ++k) {
    HugeArray<ArcIndex>& next = cursors[k];
    for (Vertex v = 0; v < n; ++v)
      next[v] =
          static_cast<ArcIndex>(std::lower_bound(b_ids.begin() + b_offsets[v],
                                                 b_ids.begin() + b_offsets[v + 1], bounds[k]) -
                                b_ids.begin());
    for (Vertex u = bounds[k]; ok && u < bounds[k + 1]; ++u)
      for (ArcIndex a = a_offsets[u]; ok && a < a_offsets[u + 1]; ++a) {
        const Vertex v = a_ids[a];
        const ArcIndex at = next[v]++;
        ok =
            at < b_offsets[v + 1] && b_ids[at] == u && (!weighted || a_weights[a] == b_weights[at]);
      }
  }
  return ok;
}

}  // namespace

ArcIndex CsrGraph::find_arc(Vertex u, Vertex v) const {
  const auto row = out_neighbors(u);
  const auto it = std::lower_bound(row.begin(), row.end(), v);
  if (it == row.end() || *it != v) return -1;
  return out_offsets_[u] + static_cast<ArcIndex>(it - row.begin());
}

std::int64_t CsrGraph::memory_bytes() const {
  return static_cast<std::int64_t>((out_offsets_.size() + in_offsets_.size()) * sizeof(ArcIndex) +
                                   (out_targets_.size() + in_sources_.size()) * sizeof(Vertex) +
                                   (out_weights_.size() + in_weights_.size()) * sizeof(double) +
                                   node_refs_.size() * sizeof(NodeRef));
}

CsrGraph CsrGraph::with_node_refs(std::vector<NodeRef> refs) && {
  require(refs.size() == static_cast<std::size_t>(num_nodes_),
          "node map must have one entry per vertex");
  require(std::is_sorted(refs.begin(), refs.end()), "node map must be ascending");
  node_refs_ = std::move(refs);
  return std::move(*this);
}

CsrGraph CsrGraph::from_trusted_arrays(Arrays arrays) {
  CsrGraph g;
  g.num_nodes_ = arrays.num_nodes;
  g.num_edges_ = arrays.num_edges;
  g.direction_ = arrays.direction;
  g.weighted_ = arrays.weighted;
  g.out_offsets_ = std::move(arrays.out_offsets);
  g.out_targets_ = std::move(arrays.out_targets);
  g.out_weights_ = std::move(arrays.out_weights);
  g.in_offsets_ = std::move(arrays.in_offsets);
  g.in_sources_ = std::move(arrays.in_sources);
  g.in_weights_ = std::move(arrays.in_weights);
  g.node_refs_ = std::move(arrays.node_refs);
  if (g.out_offsets_.empty()) g.out_offsets_.assign(1, 0);
  return g;
}

CsrGraph CsrGraph::from_arrays(Arrays arrays) {
  const Vertex n = arrays.num_nodes;
  require(n >= 0, "number of nodes must not be negative");
  check_rows(arrays.out_offsets, arrays.out_targets, arrays.out_weights, n, arrays.weighted, "out");
  require(arrays.node_refs.empty() || arrays.node_refs.size() == static_cast<std::size_t>(n),
          "node map must be empty or one entry per node");
  require(std::is_sorted(arrays.node_refs.begin(), arrays.node_refs.end()),
          "node map must be ascending");
  if (arrays.direction == Direction::directed) {
    check_rows(arrays.in_offsets, arrays.in_sources, arrays.in_weights, n, arrays.weighted, "in");
    require(arrays.in_sources.size() == arrays.out_targets.size(),
            "in- and out-adjacency must hold the same number of arcs");
    require(arrays.num_edges == static_cast<std::int64_t>(arrays.out_targets.size()),
            "a directed graph has one arc per edge");
    require(mirrors(arrays.out_offsets, arrays.out_targets, arrays.out_weights, arrays.in_offsets,
                    arrays.in_sources, arrays.in_weights, n),
            "in-adjacency must be the transpose of the out-adjacency");
  } else {
    require(arrays.in_offsets.empty() && arrays.in_sources.empty() && arrays.in_weights.empty(),
            "an undirected graph shares its out-adjacency as in-adjacency");
    require(mirrors(arrays.out_offsets, arrays.out_targets, arrays.out_weights, arrays.out_offsets,
                    arrays.out_targets, arrays.out_weights, n),
            "an undirected graph must hold every edge {u, v} in the rows of both u and v");
    std::int64_t loops = 0;
#pragma omp parallel for schedule(dynamic, 1024) reduction(+ : loops)
    for (Vertex u = 0; u < n; ++u)
      for (ArcIndex a = arrays.out_offsets[u]; a < arrays.out_offsets[u + 1]; ++a)
        loops += arrays.out_targets[a] == u;
    require(arrays.num_edges == (static_cast<std::int64_t>(arrays.out_targets.size()) + loops) / 2,
            "an undirected graph has (arcs + self-loops) / 2 edges");
  }
  return from_trusted_arrays(std::move(arrays));
}

}  // namespace innonet
