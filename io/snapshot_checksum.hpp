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

// The two halves of checksum64, for a reader that holds only some blocks of a section (the
// distributed reader, dist/: each process hashes its share of the blocks, the digests are
// gathered, and any process folds them). checksum64(bytes) equals checksum_fold of the digests of
// its kChecksumBlockBytes-sized blocks (the last one shorter), in block order.
std::uint64_t checksum_block_digest(std::span<const std::byte> block);
std::uint64_t checksum_fold(std::span<const std::uint64_t> digests, std::uint64_t total_bytes);

}  // namespace innonet::io
