#include "algorithms/community/partition_metrics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "algorithms/community/modularity.hpp"

namespace innonet::community {
namespace {

// What one vertex contributes, in edge units: arcs to its own community (an undirected edge is
// seen from both ends, so its half is counted at each), arcs leaving its community, and counts
// (halved for undirected edges, which are counted once over the whole graph).
struct VertexSums {
  double inside = 0.0, outside = 0.0, volume = 0.0;
  double inside_count = 0.0, outside_count = 0.0;
};

VertexSums vertex_sums(const CsrGraph& g, std::span<const Vertex> membership, Vertex v) {
  VertexSums s;
  const bool undirected = !g.is_directed();
  const auto targets = g.out_neighbors(v);
  const auto weights = g.out_weights(v);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const double w = weights.empty() ? 1.0 : weights[i];
    const bool loop = targets[i] == v;
    const double share = undirected && !loop ? 0.5 : 1.0;  // the other end counts the other half
    s.volume += undirected && loop ? 2.0 * w : w;
    if (membership[targets[i]] == membership[v]) {
      s.inside += share * w;
      s.inside_count += share;
    } else {
      s.outside += w;  // the other end lies in another community: seen once from here
      s.outside_count += share;
    }
  }
  if (!undirected) {  // arcs arriving from other communities are part of the cut too
    const auto sources = g.in_neighbors(v);
    const auto in_weights = g.in_weights(v);
    for (std::size_t i = 0; i < sources.size(); ++i)
      if (membership[sources[i]] != membership[v])
        s.outside += in_weights.empty() ? 1.0 : in_weights[i];
  }
  return s;
}

}  // namespace

PartitionMetrics partition_metrics(const CsrGraph& g, std::span<const Vertex> membership) {
  const Vertex n = g.num_nodes();
  if (std::ssize(membership) != n)
    throw std::invalid_argument("membership: has " + std::to_string(membership.size()) +
                                " entries for " + std::to_string(n) + " vertices");
  Vertex communities = 0;
  for (const Vertex c : membership) {
    if (c < 0 || c >= n)
      throw std::invalid_argument("membership: community id " + std::to_string(c) + " outside 0.." +
                                  std::to_string(n - 1));
    communities = std::max(communities, c + 1);
  }
  check_non_negative_weights(g);
  std::vector<VertexSums> per_vertex(n);
#pragma omp parallel for schedule(dynamic, 1024)
  for (Vertex v = 0; v < n; ++v) per_vertex[v] = vertex_sums(g, membership, v);

  PartitionMetrics r;
  r.size.assign(communities, 0);
  r.internal_weight.assign(communities, 0.0);
  r.external_weight.assign(communities, 0.0);
  r.volume.assign(communities, 0.0);
  double total_volume = 0.0, intra_edges = 0.0, inter_edges = 0.0;
  for (Vertex v = 0; v < n; ++v) {  // in vertex order: the same sums at any thread count
    const Vertex c = membership[v];
    r.size[c] += 1;
    r.internal_weight[c] += per_vertex[v].inside;
    r.external_weight[c] += per_vertex[v].outside;
    r.volume[c] += per_vertex[v].volume;
    total_volume += per_vertex[v].volume;
    intra_edges += per_vertex[v].inside_count;
    inter_edges += per_vertex[v].outside_count;
  }
  r.conductance.resize(communities);
  double internal_total = 0.0;
  for (Vertex c = 0; c < communities; ++c) {
    const double smaller = std::min(r.volume[c], total_volume - r.volume[c]);
    r.conductance[c] =
        smaller > 0.0 ? r.external_weight[c] / smaller : std::numeric_limits<double>::quiet_NaN();
    internal_total += r.internal_weight[c];
  }
  const double total_weight = g.is_directed() ? total_volume : total_volume / 2.0;
  r.coverage = total_weight > 0.0 ? internal_total / total_weight : 0.0;
  // Vertex pairs in different communities, minus those joined by an edge.
  const double nd = static_cast<double>(n);
  double same_pairs = 0.0;
  for (const std::int64_t s : r.size)
    same_pairs += static_cast<double>(s) * static_cast<double>(s - 1);
  const double pair_factor = g.is_directed() ? 1.0 : 0.5;
  const double all_pairs = pair_factor * nd * (nd - 1.0);
  const double inter_pairs = all_pairs - pair_factor * same_pairs;
  r.performance = all_pairs > 0.0 ? (intra_edges + inter_pairs - inter_edges) / all_pairs : 0.0;
  return r;
}

}  // namespace innonet::community
