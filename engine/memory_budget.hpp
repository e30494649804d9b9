#pragma once
// How much memory this process may still take, and what a CsrGraph costs, so that a reader can
// refuse a tiny file that implies a huge graph (an edge list "0 2147483646", a Matrix Market
// size line "2000000000 2000000000 1") with a message naming the file, the line and the bytes,
// before it allocates, instead of ending in std::bad_alloc or the kernel's OOM killer.
#include <cstdint>
#include <optional>
#include <string>

namespace innonet {

// The smaller of MemAvailable (/proc/meminfo) and, when RLIMIT_AS is set, the address space
// left under it (limit minus VmSize from /proc/self/status); nullopt when neither is known.
std::optional<std::uint64_t> available_memory_bytes();

// Peak bytes build_csr needs for a graph of `nodes` vertices and `arcs` arcs: the CsrGraph
// (4-byte offsets and targets, 8-byte weights; directed graphs hold both adjacencies) plus its
// per-vertex counters. An estimate within a few percent, for budget checks.
std::uint64_t csr_build_bytes(std::int64_t nodes, std::int64_t arcs, bool directed, bool weighted);

// "1.5 GB", "340 MB", "12 kB" (decimal units).
std::string format_bytes(std::uint64_t bytes);

// Empty when `bytes` fits in the memory available (or is below 64 MB, which is never checked),
// else the reason, e.g. "needs about 34.4 GB of memory, more than the 12.1 GB available".
std::string memory_shortfall(std::uint64_t bytes);

}  // namespace innonet
