#pragma once
// Descriptive measures of a given partition (Fortunato 2010, §3.3.2; NetworkX's conventions):
// - per community: size, internal weight (edges inside, each once; a self-loop once), external
//   weight (edges with exactly one end inside - both directions for directed graphs), volume
//   (summed strengths; out-strengths for directed graphs, a self-loop twice when undirected) and
//   conductance = external / min(volume, total volume - volume), NaN where that minimum is 0
//   (NetworkX's `conductance(G, S, weight=...)`).
// - coverage: internal weight of all communities / total edge weight (for an unweighted graph the
//   fraction of intra-community edges, NetworkX's `partition_quality(...)[0]`).
// - performance: (intra-community edges + inter-community vertex pairs without an edge) / all
//   vertex pairs, counting edges, not weights (NetworkX's `partition_quality(...)[1]`; pairs are
//   ordered for directed graphs). Meant for simple graphs.
// Deterministic: per-vertex sums in parallel, combined per community in vertex order.
// Cost: O(n + m). Errors: std::invalid_argument naming `membership` or `weights`.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::community {

struct PartitionMetrics {
  std::vector<std::int64_t> size;  // indexed by community id (0..max id)
  std::vector<double> internal_weight;
  std::vector<double> external_weight;
  std::vector<double> volume;
  std::vector<double> conductance;
  double coverage = 0.0;
  double performance = 0.0;
};

PartitionMetrics partition_metrics(const CsrGraph& g, std::span<const Vertex> membership);

}  // namespace innonet::community
