#pragma once
// The small seeded generator the community methods draw from (SplitMix64, Steele et al. 2014).
// Its own code rather than <random> distributions, so a seed gives the same communities with any
// standard library. Independent streams come from mixing the seed with a stream key.
#include <cstdint>
#include <span>
#include <utility>

namespace innonet::community::detail {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  Rng(std::uint64_t seed, std::uint64_t stream) : state_(mix(seed ^ mix(stream + 0x51ed27ULL))) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    return mix_step(z);
  }
  // Uniform in 0..bound-1 (bound > 0); the modulo bias is below 2^-32 for any bound we use.
  std::uint64_t below(std::uint64_t bound) { return next() % bound; }
  // Uniform in [0, 1) with 53 random bits.
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  template <class T>
  void shuffle(std::span<T> items) {  // Fisher-Yates
    for (auto i = std::ssize(items) - 1; i > 0; --i)
      std::swap(items[i], items[below(static_cast<std::uint64_t>(i) + 1)]);
  }

 private:
  static std::uint64_t mix_step(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  static std::uint64_t mix(std::uint64_t z) { return mix_step(z + 0x9e3779b97f4a7c15ULL); }
  std::uint64_t state_;
};

}  // namespace innonet::community::detail
