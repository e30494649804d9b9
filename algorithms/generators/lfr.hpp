#pragma once
// LFR benchmark graphs (Lancichinetti, Fortunato & Radicchi, Phys. Rev. E 78, 046110, 2008):
// power-law degrees and community sizes, and a mixing fraction μ of each vertex's edges leaving
// its community. Steps:
//  1. degrees: integer power law with exponent τ1 on [k_min, max_degree], k_min solved so that
//     the expected degree is average_degree (power_law.hpp);
//  2. internal degree round((1-μ)·k), rounded at random so the mean is exact; external the rest;
//  3. community sizes: power law with exponent τ2 on [min_community, max_community], summing to
//     n; vertices assigned so each community is larger than its members' internal degrees
//     (community_assignment.hpp; resampled up to kLfrAttempts times);
//  4. wiring: a configuration model per community for the internal stubs (in parallel, community
//     c drawing from BlockRng(seed + c)) and one for all external stubs, forbidding pairs inside a
//     community; self loops, repeated and forbidden edges are repaired by degree-preserving swaps
//     (configuration_model.hpp). Parity is fixed by moving one stub from internal to external (per
//     community) and by dropping one external stub when the total is odd.
// Simple undirected graph; deterministic for a seed at any thread count.
// Cost: O(n log n + m) expected time, O(n + m) memory with a hash map of the edges per wiring.
#include <cstdint>
#include <vector>

#include "engine/csr_build.hpp"

namespace innonet::generators {

inline constexpr int kLfrAttempts = 20;

struct LfrOptions {
  Vertex num_nodes = 1000;
  double average_degree = 20.0;
  Vertex max_degree = 50;
  double degree_exponent = 2.0;     // τ1 >= 1
  double community_exponent = 1.5;  // τ2 >= 1
  double mixing = 0.1;              // μ in [0, 1]
  Vertex min_community = 0;         // 0: the smallest degree (at least 2)
  Vertex max_community = 0;         // 0: 2 · max_degree (at most num_nodes)
  std::uint64_t seed = 1;
};

struct LfrGraph {
  EdgeList edges;
  std::vector<std::int32_t> community;  // ground truth
  std::vector<Vertex> community_sizes;  // indexed by community
  std::int64_t dropped_edges = 0;       // edges the repair could not make simple (usually 0)
  double measured_mixing = 0.0;         // edges between communities / all edges
  int attempts = 0;                     // community draws needed
};

// Throws std::invalid_argument naming the parameter, also when the communities cannot hold the
// internal degrees (raise max_community or mixing).
LfrGraph lfr(const LfrOptions& options = {});

}  // namespace innonet::generators
