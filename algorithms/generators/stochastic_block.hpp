#pragma once
// Planted partition / stochastic block model with two probabilities: vertices are split into
// consecutive blocks; each pair {u, v} is an edge independently with probability p_in when u and v
// share a block, p_out otherwise. Simple undirected graph, edges listed once with u < v.
// Absent pairs are skipped geometrically (Batagelj & Brandes 2005), so the cost is O(n + m), not
// O(n^2). Parallel and deterministic: sources are cut into blocks of kSourceBlock vertices, block
// b drawing from BlockRng(seed + b); chunks are joined in block order.
// planted_partition() derives p_in and p_out from an average degree and a mixing fraction μ:
// each vertex expects (1-μ)·d neighbours inside its block and μ·d outside.
#include <cstdint>
#include <vector>

#include "engine/csr_build.hpp"

namespace innonet::generators {

struct StochasticBlockOptions {
  std::vector<Vertex> block_sizes;  // all >= 1; num_nodes is their sum
  double p_in = 0.1;
  double p_out = 0.01;
  std::uint64_t seed = 1;
};

struct PlantedPartition {
  EdgeList edges;
  std::vector<std::int32_t> community;  // ground truth: block of each vertex
};

// Throws std::invalid_argument naming block_sizes, p_in or p_out.
PlantedPartition stochastic_block_model(const StochasticBlockOptions& options);

// `blocks` blocks of near-equal size (differing by at most one) with p_in and p_out set for the
// given average degree and mixing. Throws std::invalid_argument naming num_nodes, blocks,
// average_degree or mixing (including when a probability would exceed 1).
StochasticBlockOptions planted_partition(Vertex num_nodes, int blocks, double average_degree,
                                         double mixing, std::uint64_t seed = 1);

}  // namespace innonet::generators
