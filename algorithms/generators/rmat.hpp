#pragma once
// R-MAT / Kronecker graphs (Chakrabarti, Zhan & Faloutsos 2004) with the Graph500 parameters.
// Each edge picks one quadrant of the adjacency matrix per level: top-left with probability a,
// top-right b, bottom-left c, bottom-right d = 1 - a - b - c, over `scale` levels, giving an
// edge u -> v among 2^scale vertices. Degrees are heavily skewed; vertex ids are then scrambled
// by a seed-keyed permutation of [0, 2^scale) (a bijective mixer, so no table and no serial
// shuffle) so that the hubs are not all low ids.
// The result is the raw edge list: it holds self loops and repeated edges, as Graph500's does;
// build it with MergeRule::max/sum and SelfLoops::drop for a simple graph.
// Parallel and deterministic: edges are made in blocks of kGenerateBlock, block b drawing from
// BlockRng(seed + b). Cost: O(m · scale) time, 8 bytes per edge.
#include <cstdint>

#include "engine/csr_build.hpp"

namespace innonet::generators {

enum class VertexOrder { permuted, natural };

struct RmatOptions {
  int scale = 16;             // 2^scale vertices, 0..30
  double edge_factor = 16.0;  // number of edges = round(edge_factor · 2^scale)
  double a = 0.57;            // quadrant probabilities (Graph500); d = 1 - a - b - c
  double b = 0.19;
  double c = 0.19;
  VertexOrder order = VertexOrder::permuted;
  std::uint64_t seed = 1;
};

// Throws std::invalid_argument naming the parameter (scale, edge_factor, a, b, c or d).
EdgeList rmat(const RmatOptions& options = {});

// The edges rmat(options) makes in blocks [first_block, end_block) of kGenerateBlock edges (the
// last block may be shorter), in the same order. The distributed generator (dist/) makes each
// process's share with it, so the graph is the same at any process and thread count.
// rmat_block_count(options) is the number of blocks of the whole graph.
EdgeList rmat_blocks(const RmatOptions& options, std::int64_t first_block, std::int64_t end_block);
std::int64_t rmat_block_count(const RmatOptions& options);

// The vertex scrambling used by rmat: a bijection of [0, 2^scale) keyed by seed.
std::int64_t rmat_permute(std::int64_t vertex, int scale, std::uint64_t seed);

}  // namespace innonet::generators
