#pragma once
// How path kernels turn CSR weights into arc lengths. Weights in innonet usually measure the
// strength of a tie (more joint projects = closer), so "shortest" has to say which reading it
// uses:
// - LengthRule::weight: length = weight (weights already are distances, costs or km); >= 0.
// - LengthRule::inverse_weight: length = 1 / weight (a strength turned into a distance, the
//   convention of NetworkX/igraph users who pass 1/w; Newman 2001); weights must be > 0.
// - LengthRule::hops: every arc has length 1 (also what an unweighted graph gives).
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::paths {

enum class LengthRule { weight, inverse_weight, hops };

// Length of one arc of weight w. No checks (see arc_lengths).
inline double arc_length(double w, LengthRule rule) {
  if (rule == LengthRule::hops) return 1.0;
  return rule == LengthRule::inverse_weight ? 1.0 / w : w;
}

// Lengths parallel to g's out-arcs. Throws std::invalid_argument naming 'weight' for a negative
// weight (or a non-positive one under inverse_weight). Cost: O(m).
std::vector<double> arc_lengths(const CsrGraph& g, LengthRule rule);

// Same for g's in-arcs (the in-weight array; for undirected graphs the out-arcs again).
std::vector<double> in_arc_lengths(const CsrGraph& g, LengthRule rule);

// The vertices from source to target along parent links, or empty if target was not reached.
std::vector<Vertex> path_from_parents(const std::vector<Vertex>& parent, Vertex source,
                                      Vertex target);

// Throws std::invalid_argument naming `name` if v is not a vertex of g.
void check_vertex(const CsrGraph& g, Vertex v, const char* name);

}  // namespace innonet::paths
