#include "io/snapshot_checksum.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <vector>

namespace innonet::io {
namespace {

// xxHash64's primes (Collet, https://github.com/Cyan4973/xxHash, xxhash spec §"XXH64").
constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kPrime3 = 0x165667B19E3779F9ULL;
constexpr std::uint64_t kPrime4 = 0x85EBCA77C2B2AE63ULL;

std::uint64_t round(std::uint64_t lane, std::uint64_t word) {
  return std::rotl(lane + word * kPrime2, 31) * kPrime1;
}

std::uint64_t avalanche(std::uint64_t h) {
  h ^= h >> 33;
  h *= kPrime2;
  h ^= h >> 29;
  h *= kPrime3;
  h ^= h >> 32;
  return h;
}

std::uint64_t load_word(const std::byte* p, std::size_t available) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, std::min<std::size_t>(available, 8));  // little-endian hosts only
  return word;
}

std::uint64_t hash_block(const std::byte* p, std::size_t size) {
  std::uint64_t lane[4] = {kPrime1 + kPrime2, kPrime2, 0, 0 - kPrime1};
  std::size_t at = 0;
  for (; at + 32 <= size; at += 32)
    for (int k = 0; k < 4; ++k) lane[k] = round(lane[k], load_word(p + at + 8 * k, 8));
  for (int k = 0; at < size; at += 8, ++k) lane[k] = round(lane[k], load_word(p + at, size - at));
  std::uint64_t h = std::rotl(lane[0], 1) + std::rotl(lane[1], 7) + std::rotl(lane[2], 12) +
                    std::rotl(lane[3], 18);
  return avalanche(h + size);
}

}  // namespace

std::uint64_t checksum_block_digest(std::span<const std::byte> block) {
  return hash_block(block.data(), block.size());
}

std::uint64_t checksum_fold(std::span<const std::uint64_t> digests, std::uint64_t total_bytes) {
  std::uint64_t h = kPrime4 ^ total_bytes;
  for (const std::uint64_t d : digests) h = std::rotl(h ^ round(0, d), 27) * kPrime1 + kPrime4;
  return avalanche(h);
}

std::uint64_t checksum64(std::span<const std::byte> bytes) {
  const auto blocks =
      static_cast<std::int64_t>((bytes.size() + kChecksumBlockBytes - 1) / kChecksumBlockBytes);
  std::vector<std::uint64_t> digest(static_cast<std::size_t>(blocks));
#pragma omp parallel for schedule(static) if (blocks > 1)
  for (std::int64_t b = 0; b < blocks; ++b) {
    const std::size_t begin = static_cast<std::size_t>(b) * kChecksumBlockBytes;
    digest[b] =
        hash_block(bytes.data() + begin, std::min(kChecksumBlockBytes, bytes.size() - begin));
  }
  return checksum_fold(digest, bytes.size());
}

}  // namespace innonet::io
