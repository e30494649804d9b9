#pragma once
// What every community method shares: the quality functions it can optimise, the result it
// returns, and the renumbering that makes community ids canonical.
//
// Quality functions (Traag, Van Dooren & Nesterov 2011; Leicht & Newman 2008), with W the total
// arc weight (undirected: 2m, a self-loop counted twice, NetworkX's degree convention):
// - modularity: Q = sum_c [ E_c / W - resolution * K_out(c) K_in(c) / W^2 ], E_c the weight of
//   arcs inside c (ordered pairs), K the summed strengths; undirected K_out = K_in.
// - cpm (constant Potts model): H = sum_c [ w_c - resolution * n_c (n_c - 1) / 2 ] for undirected
//   graphs (w_c: edge weight inside c, each edge once) and sum_c [ w_c - resolution n_c (n_c - 1) ]
//   for directed ones: leidenalg's CPMVertexPartition (whose quality() reports 2H when undirected).
#include <cstdint>
#include <span>
#include <vector>

#include "engine/types.hpp"

namespace innonet::community {

enum class QualityFunction { modularity, cpm };

// The answer of every detection method.
struct CommunityResult {
  std::vector<Vertex> membership;  // community of each vertex, 0..num_communities-1, numbered in
                                   // order of each community's smallest vertex
  Vertex num_communities = 0;
  double quality = 0.0;  // of `membership`, under the quality function that was optimised
  int levels = 0;        // aggregation levels of the last pass (LPA: 0)
  int iterations = 0;    // passes (Leiden), or label sweeps (LPA)
};

// Renumbers ids in order of first appearance (so community 0 holds vertex 0) and returns the
// number of communities. Ids must lie in 0..size-1. Cost: O(n).
Vertex renumber_communities(std::span<Vertex> membership);

// Throws std::invalid_argument naming `resolution` unless it is finite and > 0.
void check_resolution(double resolution);

}  // namespace innonet::community
