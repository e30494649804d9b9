#pragma once
// Random numbers for the generators (engine/random.hpp). Parallel generators split their work
// into blocks of a fixed size and seed block b with `seed + b` (STYLE §5), so the output never
// depends on the thread count: BlockRng is the per-block stream, hash64 the counter-based variant
// for values that must be computable in any order (one per vertex or edge index).
#include <cstdint>

#include "engine/random.hpp"

namespace innonet::generators {

// Edges (or points) generated per block. Fixed: it must never depend on the thread count.
inline constexpr std::int64_t kGenerateBlock = std::int64_t{1} << 16;

using BlockRng = Xoshiro256;
using innonet::hash64;
using innonet::splitmix64;
using innonet::Uint128;
using innonet::unit_double;

}  // namespace innonet::generators
