#pragma once
// Freeman's (1979) centralization of a whole network for a node measure c:
//   C = Σ_i (c_max − c_i) / M,
// where M is the largest value the numerator takes over all graphs with n nodes; for each measure
// below that maximum is reached by the star (Freeman 1979; Wasserman & Faust 1994, §5.2):
//   degree (raw counts)            undirected (n−1)(n−2); directed in/out (n−1)²;
//                                  directed total 2(n−1)(n−2)            (see degree.hpp)
//   betweenness, normalized        n−1    (star centre 1, leaves 0)
//   betweenness, raw               (n−1)²(n−2)/2 undirected, (n−1)²(n−2) directed
//   closeness (n−1)/Σd, hops       undirected (n−1)(n−2)/(2n−3)  (centre 1, leaves (n−1)/(2n−3));
//                                  directed n−1 (the in-star: centre 1, leaves 0, as nothing
//                                  reaches them; no score exceeds 1 or falls below 0)
//   harmonic Σ 1/d, hops           undirected (n−1)(n−2)/2  (centre n−1, leaves n/2);
//                                  directed (n−1)² (the in-star: centre n−1, leaves 0)
// A directed graph can leave nodes unreached, so its closeness and harmonic maxima are those of
// the in-star, not of the undirected star (using the latter gave centralizations above 1).
// The closeness and harmonic maxima hold for hop distances; under weights they are only the
// star's value. Every bound is 0 for n < 3, where C is reported as 0.
#include <span>

#include "algorithms/centrality/betweenness.hpp"
#include "engine/csr_graph.hpp"

namespace innonet::centrality {

// Σ_i (max_j score_j − score_i) / max_sum, summed serially in vertex order; 0 when max_sum <= 0.
double freeman_centralization(std::span<const double> score, double max_sum);

double star_max_betweenness(Vertex n, Direction direction, BetweennessScale scale);
double star_max_closeness(Vertex n, Direction direction);
double star_max_harmonic(Vertex n, Direction direction);

}  // namespace innonet::centrality
