#include "algorithms/generators/erdos_renyi.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "algorithms/generators/block_rng.hpp"
#include "algorithms/generators/parallel_sort.hpp"

namespace innonet::generators {
namespace {

using Codes = HugeArray<std::uint64_t>;

struct PairSpace {
  std::uint64_t n = 0;
  bool directed = false;
  std::uint64_t size() const { return directed ? n * (n - 1) : n * (n - 1) / 2; }
  std::uint64_t draw(BlockRng& rng) const {  // a uniform pair, encoded u·n + v
    for (;;) {
      std::uint64_t u = rng.below(n), v = rng.below(n);
      if (u == v) continue;
      if (!directed && u > v) std::swap(u, v);
      return u * n + v;
    }
  }
};

// Appends `blocks` blocks of kGenerateBlock candidate pairs, numbered from first_block.
void draw_blocks(const PairSpace& space, std::uint64_t seed, std::int64_t first_block,
                 std::int64_t blocks, Codes& codes) {
  const auto old_size = static_cast<std::int64_t>(codes.size());
  codes.resize(static_cast<std::size_t>(old_size + blocks * kGenerateBlock));
#pragma omp parallel for schedule(static)
  for (std::int64_t b = 0; b < blocks; ++b) {
    BlockRng rng(seed + static_cast<std::uint64_t>(first_block + b));
    for (std::int64_t i = 0; i < kGenerateBlock; ++i)
      codes[old_size + b * kGenerateBlock + i] = space.draw(rng);
  }
}

// Keeps the k codes with the smallest hash64(seed, code), ties by code; stays sorted by code.
void keep_smallest_keys(Codes& codes, std::int64_t k, std::uint64_t seed) {
  if (static_cast<std::int64_t>(codes.size()) <= k) return;
  HugeArray<std::uint64_t> keys(codes.size());
#pragma omp parallel for schedule(static)
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(codes.size()); ++i)
    keys[i] = hash64(seed, codes[i]);
  HugeArray<std::uint64_t> sorted_keys = keys;
  std::nth_element(sorted_keys.begin(), sorted_keys.begin() + (k - 1), sorted_keys.end());
  const std::uint64_t threshold = sorted_keys[k - 1];
  std::int64_t below = 0;
  for (const auto key : keys) below += key < threshold ? 1 : 0;
  std::int64_t ties_left = k - below, out = 0;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (keys[i] < threshold || (keys[i] == threshold && ties_left-- > 0)) codes[out++] = codes[i];
  }
  codes.resize(static_cast<std::size_t>(k));
}

// k distinct uniform pairs, sorted.
Codes sample_pairs(const PairSpace& space, std::int64_t k, std::uint64_t seed) {
  Codes codes;
  std::int64_t next_block = 0;
  const double total = static_cast<double>(space.size());
  while (static_cast<std::int64_t>(codes.size()) < k) {
    const auto need = static_cast<double>(k - static_cast<std::int64_t>(codes.size()));
    // Expected repeats are about k/total of the draws; ask for a little more than that.
    const double want = need * (1.0 + 1.2 * static_cast<double>(k) / total) + 1.0;
    const auto blocks = static_cast<std::int64_t>(want / static_cast<double>(kGenerateBlock)) + 1;
    draw_blocks(space, seed, next_block, blocks, codes);
    next_block += blocks;
    parallel_sort_unique(codes);
  }
  keep_smallest_keys(codes, k, hash64(seed, 0x6b657973ULL));  // "keys"
  return codes;
}

// All pairs of the space that are not in the sorted `excluded`.
Codes complement(const PairSpace& space, const Codes& excluded) {
  Codes codes;
  codes.reserve(space.size() - excluded.size());
  std::size_t next = 0;
  for (std::uint64_t u = 0; u < space.n; ++u)
    for (std::uint64_t v = space.directed ? 0 : u + 1; v < space.n; ++v) {
      if (u == v) continue;
      const std::uint64_t code = u * space.n + v;
      if (next < excluded.size() && excluded[next] == code) {
        ++next;
        continue;
      }
      codes.push_back(code);
    }
  return codes;
}

}  // namespace

EdgeList erdos_renyi(const ErdosRenyiOptions& options) {
  if (options.num_nodes < 0)
    throw std::invalid_argument("num_nodes must be >= 0, got " + std::to_string(options.num_nodes));
  const PairSpace space{static_cast<std::uint64_t>(options.num_nodes),
                        options.direction == Direction::directed};
  const std::uint64_t pairs = options.num_nodes < 2 ? 0 : space.size();
  if (options.num_edges < 0 || static_cast<std::uint64_t>(options.num_edges) > pairs)
    throw std::invalid_argument("num_edges must be in 0.." + std::to_string(pairs) + ", got " +
                                std::to_string(options.num_edges));
  const std::int64_t m = options.num_edges;
  Codes codes;
  if (m > 0 && static_cast<std::uint64_t>(m) > pairs / 2)
    codes =
        complement(space, sample_pairs(space, static_cast<std::int64_t>(pairs) - m, options.seed));
  else if (m > 0)
    codes = sample_pairs(space, m, options.seed);
  EdgeList edges;
  edges.num_nodes = options.num_nodes;
  edges.sources.resize(static_cast<std::size_t>(m));
  edges.targets.resize(static_cast<std::size_t>(m));
#pragma omp parallel for schedule(static)
  for (std::int64_t i = 0; i < m; ++i) {
    edges.sources[i] = static_cast<Vertex>(codes[i] / space.n);
    edges.targets[i] = static_cast<Vertex>(codes[i] % space.n);
  }
  return edges;
}

}  // namespace innonet::generators
