#pragma once
// The seeded generator the community methods draw from: SplitMix64 from engine/random.hpp (its
// own code rather than <random>, so a seed gives the same communities with any standard library).
// Independent streams: Rng(seed, stream key).
#include "engine/random.hpp"

namespace innonet::community::detail {

using Rng = SplitMix64;

}  // namespace innonet::community::detail
