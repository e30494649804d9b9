#pragma once
// Random numbers for the generators. Parallel generators split their work into blocks of a fixed
// size and seed block b with `seed + b` (STYLE §5), so the output never depends on the thread
// count: BlockRng is the per-block stream (xoshiro256** whose state is expanded from the 64-bit
// block seed by SplitMix64, as its authors recommend), and hash64 is the counter-based variant
// for values that must be computable in any order (one per vertex or edge index).
// Distributions are written out here rather than taken from <random>, whose algorithms differ
// between standard libraries: the same seed gives the same graph with any compiler.
#include <bit>
#include <cmath>
#include <cstdint>

namespace innonet::generators {

__extension__ using Uint128 = unsigned __int128;  // for Lemire's multiply-shift

// Edges (or points) generated per block. Fixed: it must never depend on the thread count.
inline constexpr std::int64_t kGenerateBlock = std::int64_t{1} << 16;

// SplitMix64's output function (Steele, Lea & Flood 2014): a bijective 64-bit mixer.
constexpr std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Counter-based: a well-mixed 64-bit value for (seed, counter), independent of call order.
constexpr std::uint64_t hash64(std::uint64_t seed, std::uint64_t counter) {
  return splitmix64(splitmix64(seed) ^ (counter * 0xd1b54a32d192ed03ULL));
}

// The top 53 bits as a double in [0, 1).
constexpr double unit_double(std::uint64_t bits) {
  return static_cast<double>(bits >> 11) * 0x1.0p-53;
}

class BlockRng {
 public:
  using result_type = std::uint64_t;
  explicit BlockRng(std::uint64_t seed) {
    for (auto& word : state_) {
      seed += 0x9e3779b97f4a7c15ULL;
      word = splitmix64(seed);
    }
  }
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return ~result_type{0}; }

  // xoshiro256** 1.0 (Blackman & Vigna 2018).
  result_type operator()() {
    const std::uint64_t result = std::rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = std::rotl(state_[3], 45);
    return result;
  }
  double uniform() { return unit_double((*this)()); }  // [0, 1)
  // Uniform in [0, bound), bound >= 1, without modulo bias (Lemire 2019).
  std::uint64_t below(std::uint64_t bound) {
    Uint128 product = static_cast<Uint128>((*this)()) * bound;
    auto low = static_cast<std::uint64_t>(product);
    if (low < bound) {
      const std::uint64_t threshold = (0 - bound) % bound;
      while (low < threshold) {
        product = static_cast<Uint128>((*this)()) * bound;
        low = static_cast<std::uint64_t>(product);
      }
    }
    return static_cast<std::uint64_t>(product >> 64);
  }
  // Number of failures before the first success of a Bernoulli(p) sequence, 0 < p <= 1, as a
  // double (it may exceed any integer range when p is tiny). Used to skip absent edges.
  double geometric_skip(double log_one_minus_p) {
    return std::floor(std::log1p(-uniform()) / log_one_minus_p);
  }

 private:
  std::uint64_t state_[4];
};

}  // namespace innonet::generators
