#pragma once
// The 64-bit checksum of the binary snapshot's sections. Bytes are read as little-endian 64-bit
// words (the tail zero-padded); each 1-MiB block is hashed with four independent lanes using the
// xxHash64 round (multiply, rotate, multiply by its primes) and a final avalanche; the section's
// checksum folds the block digests in block order. Blocks are hashed in parallel, and since the
// block size is fixed the value never depends on the thread count. It detects corruption (any
// single flipped bit changes it); it is not a cryptographic hash. Cost: O(bytes / threads), about
// one multiply per 8 bytes per lane.
#include <cstddef>
#include <cstdint>
#include <span>

namespace innonet::io {

inline constexpr std::size_t kChecksumBlockBytes = std::size_t{1} << 20;

std::uint64_t checksum64(std::span<const std::byte> bytes);

}  // namespace innonet::io
