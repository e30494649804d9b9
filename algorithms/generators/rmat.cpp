#include "algorithms/generators/rmat.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "algorithms/generators/block_rng.hpp"

namespace innonet::generators {
namespace {

void validate(const RmatOptions& o) {
  if (o.scale < 0 || o.scale > 30)
    throw std::invalid_argument("scale must be in 0..30, got " + std::to_string(o.scale));
  if (!(o.edge_factor >= 0) || !std::isfinite(o.edge_factor) ||
      o.edge_factor * std::ldexp(1.0, o.scale) > 2.0e12)
    throw std::invalid_argument("edge_factor must be finite, >= 0 and give at most 2e12 edges");
  const auto check = [](double p, const char* name) {
    if (!(p >= 0.0 && p <= 1.0))
      throw std::invalid_argument(std::string(name) + " must be a probability in [0, 1]");
  };
  check(o.a, "a");
  check(o.b, "b");
  check(o.c, "c");
  if (o.a + o.b + o.c > 1.0 + 1e-12)
    throw std::invalid_argument("d = 1 - a - b - c must be >= 0 (a + b + c exceeds 1)");
}

// Thresholds on a uniform 32-bit draw: below ta -> quadrant a, below tab -> b, below tabc -> c.
struct Thresholds {
  std::uint64_t ta, tab, tabc;
};

Thresholds thresholds(const RmatOptions& o) {
  const auto to_u32 = [](double p) {
    return static_cast<std::uint64_t>(std::llround(std::min(p, 1.0) * 4294967296.0));
  };
  return {to_u32(o.a), to_u32(o.a + o.b), to_u32(o.a + o.b + o.c)};
}

// One edge: one 32-bit half of a 64-bit draw per level.
void rmat_edge(BlockRng& rng, const Thresholds& t, int scale, std::int64_t& u, std::int64_t& v) {
  u = 0;
  v = 0;
  std::uint64_t bits = 0;
  for (int level = 0; level < scale; ++level) {
    if ((level & 1) == 0) bits = rng();
    const std::uint64_t r = (level & 1) == 0 ? (bits & 0xffffffffULL) : (bits >> 32);
    const int row = r >= t.tab ? 1 : 0;                               // c or d: lower half
    const int col = (r >= t.ta && r < t.tab) || r >= t.tabc ? 1 : 0;  // b or d: right half
    u = (u << 1) | row;
    v = (v << 1) | col;
  }
}

std::int64_t edge_count(const RmatOptions& o) {
  return static_cast<std::int64_t>(std::llround(o.edge_factor * std::ldexp(1.0, o.scale)));
}

}  // namespace

std::int64_t rmat_permute(std::int64_t vertex, int scale, std::uint64_t seed) {
  if (scale == 0) return 0;
  // Rounds of (multiply by odd, xor-shift right, add): each step is a bijection modulo 2^scale;
  // multiplication carries low bits up, the shift carries high bits down.
  const std::uint64_t mask = (std::uint64_t{1} << scale) - 1;
  const int shift = std::max(1, (scale + 1) / 2);
  auto x = static_cast<std::uint64_t>(vertex);
  for (std::uint64_t round = 0; round < 4; ++round) {
    const std::uint64_t key = hash64(seed, round);
    x = (x * (key | 1)) & mask;
    x ^= x >> shift;
    x = (x + (key >> 32)) & mask;
  }
  return static_cast<std::int64_t>(x);
}

std::int64_t rmat_block_count(const RmatOptions& options) {
  validate(options);
  return (edge_count(options) + kGenerateBlock - 1) / kGenerateBlock;
}

EdgeList rmat_blocks(const RmatOptions& options, std::int64_t first_block, std::int64_t end_block) {
  validate(options);
  const int scale = options.scale;
  const std::int64_t m = edge_count(options);
  const std::int64_t blocks = (m + kGenerateBlock - 1) / kGenerateBlock;
  if (first_block < 0 || first_block > end_block || end_block > blocks)
    throw std::invalid_argument("blocks: [first_block, end_block) must lie in [0, " +
                                std::to_string(blocks) + "]");
  const std::int64_t first_edge = first_block * kGenerateBlock;
  const std::int64_t end_edge = std::min(m, end_block * kGenerateBlock);
  const Thresholds t = thresholds(options);
  const std::uint64_t permutation_seed = hash64(options.seed, 0x7065726dULL);  // "perm"
  EdgeList edges;
  edges.num_nodes = static_cast<Vertex>(std::int64_t{1} << scale);
  edges.sources.resize(static_cast<std::size_t>(end_edge - first_edge));
  edges.targets.resize(static_cast<std::size_t>(end_edge - first_edge));
#pragma omp parallel for schedule(dynamic, 4)
  for (std::int64_t b = first_block; b < end_block; ++b) {
    BlockRng rng(options.seed + static_cast<std::uint64_t>(b));
    const std::int64_t end = std::min(m, (b + 1) * kGenerateBlock);
    for (std::int64_t e = b * kGenerateBlock; e < end; ++e) {
      std::int64_t u = 0, v = 0;
      rmat_edge(rng, t, scale, u, v);
      if (options.order == VertexOrder::permuted) {
        u = rmat_permute(u, scale, permutation_seed);
        v = rmat_permute(v, scale, permutation_seed);
      }
      edges.sources[e - first_edge] = static_cast<Vertex>(u);
      edges.targets[e - first_edge] = static_cast<Vertex>(v);
    }
  }
  return edges;
}

EdgeList rmat(const RmatOptions& options) {
  return rmat_blocks(options, 0, rmat_block_count(options));
}

}  // namespace innonet::generators
