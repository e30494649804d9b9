#pragma once
// Quality of a given partition: modularity (weighted; undirected, or directed after Leicht &
// Newman 2008) with a resolution parameter, and the constant Potts model. Conventions follow
// NetworkX's `modularity(G, communities, weight, resolution)`:
//   undirected: Q = sum_c [ L_c / m - resolution * (K_c / 2m)^2 ]   (a self-loop adds 2 to K)
//   directed:   Q = sum_c [ L_c / m - resolution * K_out(c) K_in(c) / m^2 ]
// with L_c the edge weight inside c (each edge once) and m the total edge weight. An unweighted
// graph counts every edge as 1; parallel arcs count separately. See partition.hpp for CPM.
//
// Deterministic at any thread count: per-vertex sums are combined in fixed blocks, in order.
// Cost: O(n + m) work, O(n) extra memory. A graph without edges has no modularity: NaN.
// Errors (std::invalid_argument, naming the parameter): membership of the wrong length or with an
// id outside 0..n-1, a negative weight, resolution not finite and > 0.
#include <span>

#include "algorithms/community/partition.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::community {

struct ModularityOptions {
  double resolution = 1.0;
};

double modularity(const CsrGraph& g, std::span<const Vertex> membership,
                  const ModularityOptions& options = {});

// Constant Potts model H of the partition (leidenalg's CPMVertexPartition.quality()).
double cpm_quality(const CsrGraph& g, std::span<const Vertex> membership,
                   const ModularityOptions& options = {});

// Either of the above, as chosen.
double partition_quality_value(const CsrGraph& g, std::span<const Vertex> membership,
                               QualityFunction function, double resolution);

// Throws std::invalid_argument naming `weights` if any arc weight is negative.
void check_non_negative_weights(const CsrGraph& g);

}  // namespace innonet::community
