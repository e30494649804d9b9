#pragma once
// The random-number toolkit every randomised algorithm draws from. Generators and distributions
// are written out here rather than taken from <random>, whose distributions (and std::shuffle)
// differ between standard libraries: the same seed gives the same result with any compiler, at
// any thread count.
//   splitmix64(x)       SplitMix64's output function (Steele, Lea & Flood 2014), a bijective mixer
//   hash64(seed, i)     counter-based: a well-mixed value for (seed, i), computable in any order
//   SplitMix64          a small sequential stream (community detection, source sampling, attacks);
//                       SplitMix64(seed, stream) gives independent streams of one seed
//   Xoshiro256          xoshiro256** 1.0 (Blackman & Vigna 2018), seeded through SplitMix64 as its
//                       authors recommend: the per-block stream of the parallel generators
//   below(), unit(), shuffle()   uniform integer in [0, bound) without modulo bias (Lemire 2019),
//                       uniform double in [0, 1) from 53 bits, Fisher–Yates
#include <bit>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <span>
#include <utility>

namespace innonet {

__extension__ using Uint128 = unsigned __int128;  // for Lemire's multiply-shift

inline constexpr std::uint64_t kGoldenGamma = 0x9e3779b97f4a7c15ULL;

constexpr std::uint64_t splitmix64(std::uint64_t x) {
  x += kGoldenGamma;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

constexpr std::uint64_t hash64(std::uint64_t seed, std::uint64_t counter) {
  return splitmix64(splitmix64(seed) ^ (counter * 0xd1b54a32d192ed03ULL));
}

// The top 53 bits as a double in [0, 1).
constexpr double unit_double(std::uint64_t bits) {
  return static_cast<double>(bits >> 11) * 0x1.0p-53;
}

// The distributions, for any generator `gen` whose gen() returns 64 random bits.
template <class Generator>
std::uint64_t uniform_below(Generator& gen, std::uint64_t bound) {  // bound >= 1
  Uint128 product = static_cast<Uint128>(gen()) * bound;
  auto low = static_cast<std::uint64_t>(product);
  if (low < bound) {
    const std::uint64_t threshold = (0 - bound) % bound;
    while (low < threshold) {
      product = static_cast<Uint128>(gen()) * bound;
      low = static_cast<std::uint64_t>(product);
    }
  }
  return static_cast<std::uint64_t>(product >> 64);
}

template <class Generator, class T>
void uniform_shuffle(Generator& gen, std::span<T> items) {
  for (auto i = std::ssize(items) - 1; i > 0; --i)
    std::swap(items[i], items[uniform_below(gen, static_cast<std::uint64_t>(i) + 1)]);
}

// The distributions as members, shared by both generators.
template <class Derived>
class RandomDistributions {
 public:
  std::uint64_t below(std::uint64_t bound) { return uniform_below(self(), bound); }
  double unit() { return unit_double(self()()); }  // [0, 1)
  template <class T>
  void shuffle(std::span<T> items) {
    uniform_shuffle(self(), items);
  }

 private:
  Derived& self() { return static_cast<Derived&>(*this); }
};

class SplitMix64 : public RandomDistributions<SplitMix64> {
 public:
  using result_type = std::uint64_t;
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  SplitMix64(std::uint64_t seed, std::uint64_t stream)
      : state_(splitmix64(seed ^ splitmix64(stream + 0x51ed27ULL))) {}
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return ~result_type{0}; }

  result_type operator()() {
    const std::uint64_t x = state_;
    state_ += kGoldenGamma;
    return splitmix64(x);
  }
  result_type next() { return (*this)(); }

 private:
  std::uint64_t state_;
};

class Xoshiro256 : public RandomDistributions<Xoshiro256> {
 public:
  using result_type = std::uint64_t;
  explicit Xoshiro256(std::uint64_t seed) {
    for (auto& word : state_) {
      seed += kGoldenGamma;
      word = splitmix64(seed);
    }
  }
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return ~result_type{0}; }

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
  double uniform() { return unit(); }  // [0, 1)
  // Failures before the first success of a Bernoulli(p) sequence, 0 < p <= 1, as a double (it may
  // exceed any integer range when p is tiny), given log(1 - p). Skips absent edges.
  double geometric_skip(double log_one_minus_p) {
    return std::floor(std::log1p(-uniform()) / log_one_minus_p);
  }

 private:
  std::uint64_t state_[4];
};

}  // namespace innonet
