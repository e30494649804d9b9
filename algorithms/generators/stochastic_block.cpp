#include "algorithms/generators/stochastic_block.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "algorithms/generators/block_rng.hpp"
#include "algorithms/generators/edge_chunks.hpp"

namespace innonet::generators {
namespace {

constexpr std::int64_t kSourceBlock = 1024;

void check_probability(double p, const char* name) {
  if (!(p >= 0.0 && p <= 1.0))
    throw std::invalid_argument(std::string(name) + " must be a probability in [0, 1]");
}

// Emits u -> v for v in [begin, end), each with probability p.
void sample_segment(BlockRng& rng, Vertex u, std::int64_t begin, std::int64_t end, double p,
                    EdgeChunk& chunk) {
  if (p <= 0.0 || begin >= end) return;
  const double log_q = std::log1p(-p);
  for (double v = static_cast<double>(begin);;) {
    v += p >= 1.0 ? 0.0 : rng.geometric_skip(log_q);
    if (v >= static_cast<double>(end)) return;
    chunk.add(u, static_cast<Vertex>(v));
    v += 1.0;
  }
}

}  // namespace

PlantedPartition stochastic_block_model(const StochasticBlockOptions& options) {
  check_probability(options.p_in, "p_in");
  check_probability(options.p_out, "p_out");
  std::int64_t total = 0;
  for (const Vertex size : options.block_sizes) {
    if (size < 1) throw std::invalid_argument("block_sizes must all be >= 1");
    total += size;
  }
  if (total > 2147483647) throw std::invalid_argument("block_sizes sum to more than 2^31-1");
  const auto n = static_cast<Vertex>(total);
  PlantedPartition result;
  result.community.reserve(static_cast<std::size_t>(n));
  std::vector<Vertex> block_end;
  for (std::size_t b = 0; b < options.block_sizes.size(); ++b) {
    result.community.insert(result.community.end(),
                            static_cast<std::size_t>(options.block_sizes[b]),
                            static_cast<std::int32_t>(b));
    block_end.push_back(static_cast<Vertex>(result.community.size()));
  }
  const std::int64_t blocks = (n + kSourceBlock - 1) / kSourceBlock;
  std::vector<EdgeChunk> chunks(static_cast<std::size_t>(blocks));
#pragma omp parallel for schedule(dynamic, 1)
  for (std::int64_t b = 0; b < blocks; ++b) {
    BlockRng rng(options.seed + static_cast<std::uint64_t>(b));
    const auto last = static_cast<Vertex>(std::min<std::int64_t>(n, (b + 1) * kSourceBlock));
    for (auto u = static_cast<Vertex>(b * kSourceBlock); u < last; ++u) {
      const Vertex end = block_end[static_cast<std::size_t>(result.community[u])];
      sample_segment(rng, u, u + 1, end, options.p_in, chunks[b]);
      sample_segment(rng, u, end, n, options.p_out, chunks[b]);
    }
  }
  result.edges = concatenate(n, chunks);
  return result;
}

StochasticBlockOptions planted_partition(Vertex num_nodes, int blocks, double average_degree,
                                         double mixing, std::uint64_t seed) {
  if (num_nodes < 1) throw std::invalid_argument("num_nodes must be >= 1");
  if (blocks < 1 || blocks > num_nodes)
    throw std::invalid_argument("blocks must be in 1..num_nodes, got " + std::to_string(blocks));
  if (!(average_degree >= 0.0) || !std::isfinite(average_degree))
    throw std::invalid_argument("average_degree must be finite and >= 0");
  check_probability(mixing, "mixing");
  StochasticBlockOptions options;
  options.seed = seed;
  for (int b = 0; b < blocks; ++b)
    options.block_sizes.push_back(
        static_cast<Vertex>((static_cast<std::int64_t>(num_nodes) * (b + 1)) / blocks -
                            (static_cast<std::int64_t>(num_nodes) * b) / blocks));
  const double size = static_cast<double>(num_nodes) / blocks;
  options.p_in = size > 1.0 ? (1.0 - mixing) * average_degree / (size - 1.0) : 0.0;
  options.p_out = blocks > 1 ? mixing * average_degree / (num_nodes - size) : 0.0;
  if (options.p_in > 1.0 || options.p_out > 1.0)
    throw std::invalid_argument(
        "average_degree is too high for these blocks and this mixing (a probability exceeds 1)");
  if (blocks == 1 && mixing > 0.0)
    throw std::invalid_argument("mixing must be 0 with a single block");
  return options;
}

}  // namespace innonet::generators
